package vn.giaoviec.intake;

import java.util.List;

/**
 * Joins printed lines back into paragraphs: a wrapped line continues its paragraph; a bullet,
 * sub-point or number, or a capital after a full stop or a blank line, starts a new one. A
 * lowercase line continues its paragraph even across a blank line (seed 004 breaks a sentence so).
 */
final class Paragraphs {

    private Paragraphs() {
    }

    /** The lines as text, paragraphs separated by a line feed, wrapped lines by one space. */
    static String join(List<String> lines) {
        StringBuilder out = new StringBuilder();
        String prev = null;
        boolean blankBefore = false;
        for (String raw : lines) {
            String line = raw.strip().replaceAll("\\s{2,}", " ");
            if (line.isEmpty()) {
                blankBefore = prev != null;
                continue;
            }
            if (prev == null) {
                out.append(line);
            } else if (startsParagraph(line, prev, blankBefore)) {
                out.append('\n').append(line);
            } else if (gluesTo(prev, line)) {
                out.append(line);
            } else {
                out.append(' ').append(line);
            }
            prev = line;
            blankBefore = false;
        }
        return out.toString();
    }

    static boolean startsParagraph(String line, String prev, boolean blankBefore) {
        if (Markers.opensPart(line)) {
            return true;
        }
        boolean capital = Character.isUpperCase(line.codePointAt(0)) || Character.isDigit(line.charAt(0));
        return capital && (blankBefore || prev.matches(".*[.;:!?]\\W?$"));
    }

    /** "57-" at a line's end and "NQ/TW" on the next are one identifier. */
    private static boolean gluesTo(String prev, String line) {
        int n = prev.length();
        return n > 1 && prev.charAt(n - 1) == '-' && Character.isLetterOrDigit(prev.charAt(n - 2))
                && Character.isUpperCase(line.charAt(0));
    }
}
