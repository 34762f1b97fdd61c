package vn.giaoviec.intake;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The marks that open a numbered item, a section, a sub-point or a bullet at a line's start. */
final class Markers {

    static final Pattern BULLET = Pattern.compile("^\\s*[-+•–—−]\\s*(?=[\\p{L}\\d(“\"])");
    static final Pattern SUB_POINT = Pattern.compile("^\\s*[a-zđ][).]\\s+(?=\\S)");
    static final Pattern SUB_NUMBER = Pattern.compile("^\\s*(\\d{1,2})\\.(\\d{1,2})\\.?\\s*(?=[\\p{L}(“\"])");
    static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,2})\\s*[.)]\\s*(?=[\\p{L}(“\"])");
    // OCR reads the I of a Roman numeral as 1, l or |: "I11." is III.
    private static final Pattern ROMAN = Pattern.compile("^\\s*([IVXl1|]{1,5})\\s*[.):]\\s*(?=\\p{L})");

    private Markers() {
    }

    static boolean opensPart(String line) {
        return BULLET.matcher(line).find() || SUB_POINT.matcher(line).find()
                || SUB_NUMBER.matcher(line).find() || NUMBERED.matcher(line).find();
    }

    /** The item number opening {@code line}, or -1. */
    static int number(String line) {
        if (SUB_NUMBER.matcher(line).find()) {
            return -1;
        }
        Matcher m = NUMBERED.matcher(line);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** The value of a Roman section numeral opening {@code line} ("II." → 2), or -1. */
    static int roman(String line) {
        Matcher m = ROMAN.matcher(line);
        if (!m.find()) {
            return -1;
        }
        if (m.group(1).equals("1")) {
            return -1; // a lone "1." is an item, not section I
        }
        return romanValue(m.group(1).replaceAll("[l1|]", "I"));
    }

    /** Roman numeral value, or -1 when {@code token} is not one. */
    static int romanValue(String token) {
        int total = 0;
        int prev = 0;
        for (int i = token.length() - 1; i >= 0; i--) {
            int v = switch (token.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> 0;
            };
            if (v == 0) {
                return -1;
            }
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }

    /** {@code line} without the marker that opens it. */
    static String strip(String line, Pattern marker) {
        Matcher m = marker.matcher(line);
        return m.find() ? line.substring(m.end()).strip() : line.strip();
    }

    static String stripNumber(String line) {
        Matcher m = NUMBERED.matcher(line);
        if (m.find()) {
            return line.substring(m.end()).strip();
        }
        Matcher r = ROMAN.matcher(line);
        return r.find() ? line.substring(r.end()).strip() : line.strip();
    }
}
