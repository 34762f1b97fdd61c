package vn.giaoviec.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds document identifiers in text and normalises them: spaces OCR put around the separators go
 * ({@code 01 -KH/BCDH}, {@code 57- NQ/TW}), symbols get their canonical spelling.
 */
final class DocumentIds {

    // a symbol part: capitals, digits, & and the lowercase of TTg, CTr, QyĐ; no Vietnamese word
    private static final String SEG = "[A-ZĐ][A-Za-zĐ0-9&]*(?![\\p{L}\\d])";
    private static final String SEP = "(?: ?[-/]|[-/] ?)";
    private static final Pattern CITED = Pattern.compile(
            "(?<![\\p{L}\\d/.-])\\d{1,5}(?: ?/ ?\\d{4})?(?:" + SEP + SEG + ")+");
    private static final Pattern PRINTED = Pattern.compile(
            "\\G(\\d{1,5})?[ .…_]*(?: ?/ ?\\d{4})?(?:" + SEP + SEG + ")+");
    private static final Pattern PART = Pattern.compile("(\\d+)|([-/])|([^-/]+)");

    private final Symbols symbols;

    DocumentIds(Symbols symbols) {
        this.symbols = symbols;
    }

    /** Every identifier cited in {@code text}, in order. */
    List<DocNumber> findAll(String text) {
        List<DocNumber> ids = new ArrayList<>();
        Matcher m = CITED.matcher(text);
        while (m.find()) {
            DocNumber id = parse(m.group());
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** A number printed in a line, and where it ends (a place and date may follow it). */
    record Printed(DocNumber number, int end) {
    }

    /** The number printed at {@code from} (after "Số:"); its digits may be blank. Null if none. */
    Printed printedAt(String line, int from) {
        Matcher m = PRINTED.matcher(line);
        if (!m.find(from) || m.start() != from) {
            return null;
        }
        DocNumber number = parse(m.group());
        return number == null ? null : new Printed(number, m.end());
    }

    private DocNumber parse(String raw) {
        String s = raw.replaceAll("[\\s.…_]", "");
        Matcher m = PART.matcher(s);
        String digits = "";
        String year = null;
        List<String> segments = new ArrayList<>();
        List<String> seps = new ArrayList<>();
        while (m.find()) {
            if (m.group(1) != null && segments.isEmpty()) {
                if (digits.isEmpty() && seps.isEmpty()) {
                    digits = m.group(1);
                } else {
                    year = m.group(1);
                }
            } else if (m.group(2) != null) {
                seps.add(m.group(2));
            } else {
                segments.add(symbols.canonical(m.group()));
            }
        }
        boolean party = !digits.isEmpty() && seps.get(0).equals("-");
        if (segments.isEmpty() || (segments.size() < 2 && year == null)) {
            return null;
        }
        StringBuilder text = new StringBuilder(digits);
        int sep = 0;
        if (year != null) {
            text.append(seps.get(sep++)).append(year);
        }
        for (String segment : segments) {
            text.append(seps.get(sep++)).append(segment);
        }
        return new DocNumber(text.toString(), digits, List.copyOf(segments), party);
    }
}
