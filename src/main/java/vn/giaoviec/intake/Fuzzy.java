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
     * A pattern for a folded phrase that also accepts what OCR reads for its letters (seed 000: o as
     * 0, 6 or d, a as 3, e as c, u as v, i or l as 1), a word split by a space and words run
     * together. In the phrase, {@code ?} is any one letter or none, for a vowel OCR garbles beyond
     * that ("ph?i h?p" is phối hợp read as "phdi hop").
     */
    static String fragment(String phrase) {
        StringBuilder b = new StringBuilder();
        char prev = ' ';
        for (char c : phrase.toCharArray()) {
            if (c == ' ') {
                b.append("\\s*");
            } else {
                if (prev == '?' || (prev != ' ' && Character.isLetterOrDigit(prev))) {
                    b.append(" ?");
                }
                b.append(switch (c) {
                    case 'o' -> "[o06d]";
                    case 'a' -> "[a3]";
                    case 'e' -> "[e3c]";
                    case 'u' -> "[uv]";
                    case 'i', 'l' -> "[il1]";
                    case '?' -> "[a-z0-9]?";
                    default -> Character.isLetterOrDigit(c) ? String.valueOf(c) : Pattern.quote(String.valueOf(c));
                });
            }
            prev = c;
        }
        return b.toString();
    }

    /**
     * Where a keyword may start: at a word's start, or run into the word before it, unless its
     * first letter can end a syllable's onset (th, kh, nh, tr, ng, qu, gi): "thang" holds "hang",
     * but no syllable ends in "trong" or "nam".
     */
    static final String WORD_START = "(?:(?<![a-z0-9])|(?<=[a-z])(?![hrgui]))";

    /** {@link #fragment} from a {@link #WORD_START}; a one-word phrase must also end its word. */
    static Pattern words(String phrase) {
        return Pattern.compile(WORD_START + fragment(phrase) + (phrase.contains(" ") ? "" : "(?![a-z])"));
    }

    /** One of the phrases, at the start of a line (after any indent) and ending a word. */
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
     * End index in {@code text} of the first occurrence of {@code needle} with at most
     * {@link #tolerance} letters misread (compact strings, so split and joined words are already
     * gone), or -1. Only substitutions count: "cactrudng" is "các trường", "cactrung" is not.
     */
    static int find(String text, String needle) {
        int k = tolerance(needle.length());
        for (int start = 0; start + needle.length() <= text.length(); start++) {
            int misses = 0;
            for (int i = 0; i < needle.length() && misses <= k; i++) {
                misses += text.charAt(start + i) == needle.charAt(i) ? 0 : 1;
            }
            if (misses <= k) {
                return start + needle.length();
            }
        }
        return -1;
    }
}
