package vn.giaoviec.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Kính gửi block: addressees inline after the colon, or one a line as "- Sở ...;". */
final class AddresseeReader {

    /** The addressees as printed, and the first line after the block (-1 when there is none). */
    record Addressees(List<String> names, int end) {
    }

    // "Kinh guri:" in seed 000: OCR adds and drops letters in gửi
    private static final Pattern LABEL = Pattern.compile("^\\s*" + Fuzzy.fragment("k?nh") + "\\s*g[a-z0-9]{0,3}\\s*:\\s*");

    private AddresseeReader() {
    }

    static Addressees read(Doc doc, int limit) {
        for (int at = 0; at < limit; at++) {
            Matcher label = LABEL.matcher(doc.key(at));
            if (label.find()) {
                return block(doc, at, label.end(), limit);
            }
        }
        return new Addressees(List.of(), -1);
    }

    private static Addressees block(Doc doc, int at, int labelEnd, int limit) {
        List<String> names = new ArrayList<>();
        String inline = Markers.strip(doc.line(at).substring(labelEnd), Markers.BULLET);
        if (!inline.isEmpty()) {
            names.add(inline);
        }
        int i = at + 1;
        for (; i < limit; i++) {
            String line = doc.line(i).strip();
            if (line.isEmpty()) {
                int next = nextFilled(doc, i, limit);
                if (next < 0 || !Markers.BULLET.matcher(doc.line(next)).find()) {
                    break;
                }
            } else if (Markers.BULLET.matcher(line).find()) {
                names.add(Markers.strip(line, Markers.BULLET));
            } else if (!names.isEmpty() && Character.isLowerCase(line.codePointAt(0))) {
                names.set(names.size() - 1, names.get(names.size() - 1) + " " + line);
            } else {
                break;
            }
        }
        return new Addressees(names.stream().map(AddresseeReader::trimEnd).toList(), i);
    }

    private static int nextFilled(Doc doc, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (!doc.blank(i)) {
                return i;
            }
        }
        return -1;
    }

    /** A list line without its closing ";", "," or "." and doubled spaces. */
    static String trimEnd(String name) {
        return name.replaceAll("\\s+", " ").replaceAll("[\\s;,.]+$", "").strip();
    }
}
