package vn.giaoviec.intake;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Diacritics folding. Scanned letters lose their diacritics, so every match is made on a folded
 * form: {@link #key} keeps the text's length (a match on the key is a span of the original, which
 * is what the verbatim fields copy), {@link #loose} is for comparing names.
 */
final class Fold {

    private static final char[] TABLE = new char[0x2300];
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern AMP_INSIDE = Pattern.compile("(?<=[a-z])&(?=[a-z])");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MIXED = Pattern.compile("[a-z0-9]*(?:[a-z][0-9]|[0-9][a-z])[a-z0-9]*");

    static {
        for (char c = 0; c < TABLE.length; c++) {
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            TABLE[c] = Character.toLowerCase(d.isEmpty() ? c : d.charAt(0));
        }
        TABLE['đ'] = 'd';
        TABLE['Đ'] = 'd';
        // OCR reads ơ/ở as ¢ and Ý as ¥ (seed 000)
        TABLE['¢'] = 'o';
        TABLE['¥'] = 'y';
        for (char c : "•–—−".toCharArray()) {
            TABLE[c] = '-';
        }
        // stray marks from scans and quotes carry nothing a reader needs
        for (char c : "`~^*_'\"“”‘’«»°¦§©®¬=".toCharArray()) {
            TABLE[c] = ' ';
        }
        TABLE['\t'] = ' ';
    }

    private Fold() {
    }

    /** NFC text with line feeds only, no leftover combining marks, no-break spaces as spaces. */
    static String clean(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        nfc = COMBINING.matcher(nfc).replaceAll("");
        return nfc.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ')
                .replace("\u200b", "").replace("\ufeff", "");
    }

    /**
     * Lowercase, diacritics and look-alikes folded, same length as {@code s}. An "&" ending a word
     * is OCR's ở ("S&" for Sở); between letters it stays ("GD&ĐT").
     */
    static String key(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            char c = s.charAt(i);
            out[i] = c < TABLE.length ? TABLE[c] : Character.toLowerCase(c);
            if (c == '&' && i > 0 && Character.isLetter(s.charAt(i - 1))
                    && (i + 1 == s.length() || !Character.isLetter(s.charAt(i + 1)))) {
                out[i] = 'o';
            }
        }
        return new String(out);
    }

    /**
     * Words of {@code s} folded for comparing names: "&" otherwise reads "và", a digit inside
     * a word is the letter OCR mistook it for ({@code S6} is "Số"), punctuation is a space.
     */
    static String loose(String s) {
        String k = key(s);
        k = AMP_INSIDE.matcher(k).replaceAll(" va ");
        k = NON_WORD.matcher(k.replace("&", " va ")).replaceAll(" ").trim();
        Matcher m = MIXED.matcher(k);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, lettersForDigits(m.group()));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** {@link #loose} without spaces: split or joined words compare equal. */
    static String compact(String s) {
        return loose(s).replace(" ", "");
    }

    private static String lettersForDigits(String word) {
        char[] c = word.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = switch (c[i]) {
                case '0', '6' -> 'o';
                case '1' -> 'i';
                case '3' -> 'e';
                case '4' -> 'a';
                case '5' -> 's';
                case '8' -> 'b';
                default -> c[i];
            };
        }
        return new String(c);
    }
}
