package vn.giaoviec.intake;

import java.text.Normalizer;
import java.util.Random;

/**
 * Makes a text look like the OCR of a scan (seed 000): diacritics gone (đ read as d), and, at
 * random but repeatably for a seed, letters misread as digits, as other letters or with a stray
 * accent (o → 0, 6 or d; i → 1 or l; e → é or c; a → á or 3; u → ü or v; l → 1), words split by a
 * space or run together, stray marks beside words. Words in capitals, digits and document
 * identifiers are left alone: OCR reads those best and a test cannot tell a misread number from a
 * real one.
 */
final class OcrNoise {

    private static final double LETTER = 0.05;
    private static final double SPLIT = 0.03;
    private static final double JOIN = 0.03;
    private static final double STRAY = 0.02;
    private static final String STRAYS = "`~^'*";

    private OcrNoise() {
    }

    static String apply(String text, long seed) {
        Random random = new Random(seed);
        String folded = fold(text);
        StringBuilder out = new StringBuilder(folded.length() + 64);
        int i = 0;
        while (i < folded.length()) {
            char c = folded.charAt(i);
            if (!Character.isLetter(c)) {
                boolean joinable = c == ' ' && out.length() > 0 && Character.isLowerCase(out.charAt(out.length() - 1))
                        && i + 1 < folded.length() && Character.isLowerCase(folded.charAt(i + 1));
                if (!(joinable && random.nextDouble() < JOIN)) {
                    out.append(c);
                }
                i++;
                continue;
            }
            int end = i;
            while (end < folded.length() && Character.isLetter(folded.charAt(end))) {
                end++;
            }
            out.append(word(folded.substring(i, end), random));
            i = end;
        }
        return out.toString();
    }

    private static String word(String word, Random random) {
        if (word.length() < 2 || word.equals(word.toUpperCase())) {
            return word;
        }
        StringBuilder w = new StringBuilder(word);
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isLowerCase(c) && random.nextDouble() < LETTER) {
                w.setCharAt(k, misread(c, random));
            }
        }
        if (w.length() >= 4 && random.nextDouble() < SPLIT) {
            w.insert(1 + random.nextInt(w.length() - 2), ' ');
        }
        if (random.nextDouble() < STRAY) {
            w.append(STRAYS.charAt(random.nextInt(STRAYS.length())));
        }
        return w.toString();
    }

    private static char misread(char c, Random random) {
        String as = switch (c) {
            case 'o' -> "06d";
            case 'i' -> "1l";
            case 'l' -> "1";
            case 'e' -> "éc";
            case 'a' -> "á3";
            case 'u' -> "üv";
            default -> String.valueOf(c);
        };
        return as.charAt(random.nextInt(as.length()));
    }

    /** Every diacritic off, đ as d. */
    static String fold(String text) {
        String d = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return d.replace('đ', 'd').replace('Đ', 'D');
    }
}
