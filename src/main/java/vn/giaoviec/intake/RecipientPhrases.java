package vn.giaoviec.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who an item's lead paragraph names: the lead units ("Giao Văn phòng Sở ...", "1. Các cơ
 * sở giáo dục ...:", "Giám đốc Sở Y tế chủ trì, ...") and the coordinating units ("phối hợp với Sở
 * Khoa học và Công nghệ ..."). A lead opening with a verb names nobody: the item is the addressees'.
 */
final class RecipientPhrases {

    /** The names as printed; {@code explicit} when the lead names its own units. */
    record Named(List<String> leads, List<String> coordinators, boolean explicit) {
    }

    private static final Pattern ASSIGN = Fuzzy.lineStart("giao cho", "giao", "de nghi", "yeu cau", "doi voi");
    private static final String[] HEADS = {"cac", "van phong", "phong", "so", "bo", "ban", "uy ban", "ubnd", "hdnd",
            "truong", "thu truong", "giam doc", "hieu truong", "chu tich", "co so", "trung tam", "cong an", "vien", "cuc",
            "chi cuc", "doan", "hoi", "dang uy", "lanh dao", "nha truong", "don vi", "tat ca", "chanh van phong"};
    private static final Pattern HEAD = Fuzzy.lineStart(HEADS);
    private static final String[] VERBS = {"trien khai", "thuc hien", "to chuc", "xay dung", "chi dao", "tham muu",
            "ra soat", "huong dan", "theo doi", "don doc", "bao cao", "tong hop", "nghien cuu", "chu dong", "khan truong",
            "tiep tuc", "tang cuong", "day manh", "kiem tra", "cap nhat", "bo tri", "can cu", "nam bat", "dam bao",
            "bao dam", "quan tam", "phan cong", "huy dong", "lua chon", "tuyen truyen", "duy tri", "nghiem tuc", "gui",
            "nop", "cung cap", "de xuat", "uu tien", "chu tri", "co trach nhiem", "chiu trach nhiem", "ban hanh",
            "hoan thanh", "ph?i h?p"};
    private static final Pattern VERB = alternatives(VERBS);
    private static final Pattern COORDINATE = Pattern.compile("(?<![a-z0-9])" + Fuzzy.fragment("ph?i h?p") + "\\s*(?:"
            + Fuzzy.fragment("v?i") + "|" + Fuzzy.fragment("cung") + ")?\\s*");
    // a coordinator list also ends at "để", "nhằm", "trong việc"
    private static final Pattern PURPOSE = alternatives("de", "nham", "trong viec");
    private static final Pattern AND = Pattern.compile(" " + Fuzzy.fragment("va") + " ");

    private RecipientPhrases() {
    }

    static Named read(String lead) {
        String key = Fold.key(lead);
        int from = 0;
        Matcher assign = ASSIGN.matcher(key);
        boolean assigned = assign.find();
        if (assigned) {
            from = skipSpaces(key, assign.end());
        }
        List<String> coordinators = new ArrayList<>();
        Matcher coordinate = COORDINATE.matcher(key);
        if (coordinate.find()) {
            int start = skipSpaces(key, coordinate.end());
            if (HEAD.matcher(key.substring(start)).find()) {
                int end = phraseEnd(key, start, PURPOSE);
                coordinators = split(lead.substring(start, end));
            }
        }
        if (!assigned && !HEAD.matcher(key).find()) {
            return new Named(List.of(), coordinators, false);
        }
        return new Named(split(lead.substring(from, phraseEnd(key, from, null))), coordinators, true);
    }

    /** Where the unit names starting at {@code from} end: at ":", ";", a full stop or the first verb. */
    private static int phraseEnd(String key, int from, Pattern alsoStop) {
        int end = key.length();
        int depth = 0;
        for (int i = from; i < key.length(); i++) {
            char c = key.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && (c == ':' || c == ';' || (c == '.' && (i + 1 == key.length() || key.charAt(i + 1) == ' ')))) {
                end = i;
                break;
            }
        }
        end = firstMatch(VERB, key, from, end);
        return alsoStop == null ? end : firstMatch(alsoStop, key, from, end);
    }

    private static int firstMatch(Pattern p, String key, int from, int end) {
        Matcher m = p.matcher(key).region(from, end);
        while (m.find()) {
            if (m.start() > from) {
                return m.start();
            }
        }
        return end;
    }

    /**
     * Unit names in a list: split at commas and semicolons outside brackets and at "và" before a
     * new unit; a piece not opening with a unit word belongs to the name before it ("các phòng
     * chuyên môn, nghiệp vụ", "Sở Khoa học và Công nghệ").
     */
    static List<String> split(String phrase) {
        String key = Fold.key(phrase);
        List<int[]> spans = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= key.length(); i++) {
            boolean last = i == key.length();
            char c = last ? ',' : key.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            int next = -1;
            if (last || (depth == 0 && (c == ',' || c == ';'))) {
                next = i + 1;
            } else if (depth == 0 && c == ' ') {
                Matcher and = AND.matcher(key).region(i, key.length());
                if (and.lookingAt() && HEAD.matcher(key.substring(and.end())).find()) {
                    next = and.end();
                }
            }
            if (next >= 0) {
                String piece = key.substring(start, i).strip();
                if (!piece.isEmpty() && !spans.isEmpty() && !HEAD.matcher(piece).find()) {
                    spans.get(spans.size() - 1)[1] = i;
                } else if (!piece.isEmpty()) {
                    spans.add(new int[] {start, i});
                }
                start = next;
                i = next - 1;
            }
        }
        return spans.stream().map(s -> AddresseeReader.trimEnd(phrase.substring(s[0], s[1])))
                .filter(n -> !n.isEmpty()).toList();
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static Pattern alternatives(String... phrases) {
        return Pattern.compile("(?<![a-z0-9])(?:" + String.join("|", Arrays.stream(phrases).map(Fuzzy::fragment).toList())
                + ")(?![a-z])");
    }
}
