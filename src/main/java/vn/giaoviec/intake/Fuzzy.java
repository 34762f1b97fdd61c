package vn.giaoviec.intake;

import java.util.regex.Pattern;

/**
 * Matching that survives OCR: tolerant regular expressions over {@link Fold#key} text, and edit
 * distances over {@link Fold#compact} names.
 */
final class Fuzzy {

    private Fuzzy() {
    }

    /**
     * A pattern for a folded phrase that also accepts digits read for letters (o as 0 or 6, i or l
     * as 1, e as 3), a word split by a space and words run together. In the phrase, {@code ?} is
     * any one letter or none, for a vowel OCR garbles ("ph?i h?p" is phối hợp read as "phdi hop").
     */
    static String fragment(String phrase) {
        StringBuilder b = new StringBuilder();
        char prev = ' ';
        for (char c : phrase.toCharArray()) {
            if (c == ' ') {
                b.append("\\s*");
            } else {
                if (isWordChar(prev)) {
                    b.append(" ?");
                }
                b.append(switch (c) {
                    case 'o' -> "[o06]";
                    case 'i', 'l' -> "[il1]";
                    case 'e' -> "[e3]";
                    case '?' -> "[a-z0-9]?";
                    default -> Character.isLetterOrDigit(c) ? String.valueOf(c) : Pattern.quote(String.valueOf(c));
                });
            }
            prev = c;
        }
        return b.toString();
    }

    /** {@link #fragment} as a whole-word pattern. */
    static Pattern words(String phrase) {
        return Pattern.compile("(?<![a-z0-9])" + fragment(phrase) + "(?![a-z])");
    }

    /** One of the phrases, at the start of a line (after any indent). */
    static Pattern lineStart(String... phrases) {
        StringBuilder b = new StringBuilder("^\\s*(?:");
        for (int i = 0; i < phrases.length; i++) {
            b.append(i == 0 ? "" : "|").append(fragment(phrases[i]));
        }
        return Pattern.compile(b.append(")(?![a-z])").toString());
    }

    /** Levenshtein distance, or {@code max + 1} as soon as it must exceed {@code max}. */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Edits allowed between two compact names: none for short words, about one in six letters. */
    static int tolerance(int length) {
        return Math.max(0, (length - 2) / 5);
    }

    static boolean near(String a, String b) {
        int k = tolerance(Math.min(a.length(), b.length()));
        return distance(a, b, k) <= k;
    }

    /**
     * End index in {@code text} of the first approximate occurrence of {@code needle} (compact
     * strings, {@link #tolerance} edits), where it matches best, or -1.
     */
    static int find(String text, String needle) {
        int k = tolerance(needle.length());
        if (k == 0) {
            int at = text.indexOf(needle);
            return at < 0 ? -1 : at + needle.length();
        }
        int m = needle.length();
        int[] col = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            col[i] = i;
        }
        int bestEnd = -1;
        int best = k + 1;
        for (int j = 1; j <= text.length(); j++) {
            int diag = col[0];
            col[0] = 0;
            for (int i = 1; i <= m; i++) {
                int up = col[i];
                int cost = needle.charAt(i - 1) == text.charAt(j - 1) ? 0 : 1;
                col[i] = Math.min(Math.min(col[i] + 1, col[i - 1] + 1), diag + cost);
                diag = up;
            }
            if (col[m] < best) {
                best = col[m];
                bestEnd = j;
            } else if (bestEnd >= 0) {
                break; // past the closest end of the first occurrence
            }
        }
        return bestEnd;
    }

    private static boolean isWordChar(char c) {
        return c != ' ' && c != '?' && Character.isLetterOrDigit(c);
    }
}
