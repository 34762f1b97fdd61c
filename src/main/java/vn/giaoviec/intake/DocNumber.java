package vn.giaoviec.intake;

import java.util.List;

/**
 * A document number and symbol as printed under Decree 30/2020, e.g. {@code 8628/SGDĐT-VP},
 * {@code 570/KH-SGDĐT}, {@code 09/2019/NĐ-CP}, or the Party's {@code 57-NQ/TW}. {@code digits} is
 * empty for a number left blank ({@code /UBND-VHXX}).
 *
 * @param text     the identifier without spaces and with canonical symbols
 * @param segments the symbol's letter parts in order
 * @param party    true for the Party's form {@code NN-TYPE/ISSUER}
 */
record DocNumber(String text, String digits, List<String> segments, boolean party) {

    boolean blank() {
        return digits.isEmpty();
    }

    /** The type code: the symbol's type part, or CV (công văn) when it has none. */
    String type() {
        String first = Symbols.type(segments.get(0));
        return first != null && (party || segments.size() > 1) ? first : "CV";
    }

    String issuerSymbol() {
        boolean typed = !"CV".equals(type()) || party;
        return typed ? (segments.size() > 1 ? segments.get(1) : null) : segments.get(0);
    }

    /** The drafting unit's symbol of a công văn ({@code -VP}), else null. */
    String draftingSymbol() {
        return !party && "CV".equals(type()) && segments.size() > 1 ? segments.get(1) : null;
    }
}
