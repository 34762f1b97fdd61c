package vn.giaoviec.directive;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's number and symbol in the forms of Decree 30/2020: {@code 8628/SGDĐT-VP} (công văn:
 * issuer-drafting unit) or {@code 570/KH-SGDĐT} (named type-issuer). The numeric part may be blank
 * while a draft awaits its number.
 */
record DocumentNumber(Integer no, String symbol) {

    /** Decree 30/2020 type abbreviations (Appendix III), plus CV for công văn. */
    static final Set<String> TYPES = Set.of("NQ", "QĐ", "CT", "QC", "QYĐ", "TB", "TBKL", "HD", "CTR", "KH", "PA", "ĐA",
            "DA", "BC", "BB", "TTR", "HĐ", "CĐ", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB", "BTT", "CV");

    private static final Pattern FORM = Pattern.compile("^\\s*(?:Số\\s*:?\\s*)?(\\d*)\\s*/\\s*(\\S+(?:\\s*-\\s*\\S+)*)\\s*$");

    static DocumentNumber parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            return null;
        }
        if (m.group(1).length() > 9) {
            return null; // no office numbers its letters into the billions
        }
        Integer no = m.group(1).isEmpty() ? null : Integer.valueOf(m.group(1));
        return new DocumentNumber(no, m.group(2).replaceAll("\\s*-\\s*", "-"));
    }

    /** The type part of the symbol ({@code KH} of {@code KH-SGDĐT}), or null for a công văn. */
    String typePart() {
        String first = symbol.split("-")[0];
        return symbol.contains("-") && TYPES.contains(first.toUpperCase()) ? first : null;
    }

    /** The drafting-unit part of a công văn symbol ({@code VP} of {@code SGDĐT-VP}). */
    String draftingPart() {
        String[] parts = symbol.split("-");
        return typePart() == null && parts.length > 1 ? parts[parts.length - 1] : null;
    }

    String format(int number) {
        return (number < 10 ? "0" + number : String.valueOf(number)) + "/" + symbol;
    }
}
