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

    /**
     * The names as printed; {@code explicit} when the lead opens with unit names, {@code certain}
     * when it says so outright ("Giao ...", "Đề nghị ...", "Văn phòng Sở: ..."). Names that are only
     * likely ("Số hóa hồ sơ" opens like "Sở ...") count only if the organisation knows them.
     */
    record Named(List<String> leads, List<String> coordinators, boolean explicit, boolean certain) {
    }

    private static final Pattern ASSIGN = Fuzzy.lineStart("giao cho", "giao", "de nghi", "yeu cau", "doi voi");
    private static final String[] HEADS = {"cac", "van phong", "phong", "so", "bo", "ban", "uy ban", "ubnd", "hdnd",
            "truong", "thu truong", "giam doc", "hieu truong", "chu tich", "co so", "trung tam", "cong an", "vien", "cuc",
            "chi cuc", "doan", "hoi", "dang uy", "lanh dao", "nha truong", "don vi", "tat ca", "chanh van phong"};
    // no word end: OCR runs words together ("cactruong"); a name so found must still resolve
    private static final Pattern HEAD = Pattern.compile("^\\s*" + anyOf(HEADS));
    // "... Thủ tướng Chính phủ giao Bộ Kế hoạch và Đầu tư nghiên cứu ...": a task inside a sentence
    // "yêu cầu các nội dung ...": "các" must be followed by a unit word, or by "cơ quan", "địa phương"
    private static final Pattern ASSIGNS = Pattern.compile(Fuzzy.WORD_START + anyOf("giao", "de nghi", "yeu cau")
            + "\\s+(?=(?:" + anyOf("cac", "tat ca") + "\\s+)?(?:" + anyOf("co quan", "dia phuong") + "|"
            + anyOf(Arrays.stream(HEADS).filter(h -> !h.equals("cac") && !h.equals("tat ca")).toArray(String[]::new))
            + ")(?![a-z]))");
    private static final String[] VERBS = {"trien khai", "thuc hien", "to chuc", "xay dung", "chi dao", "tham muu",
            "ra soat", "huong dan", "theo doi", "don doc", "bao cao", "tong hop", "nghien cuu", "chu dong", "khan truong",
            "tiep tuc", "tang cuong", "day manh", "kiem tra", "cap nhat", "bo tri", "can cu", "nam bat", "dam bao",
            "bao dam", "quan tam", "phan cong", "huy dong", "lua chon", "tuyen truyen", "duy tri", "nghiem tuc", "gui",
            "nop", "cung cap", "de xuat", "uu tien", "chu tri", "co trach nhiem", "chiu trach nhiem", "ban hanh",
            "hoan thanh", "ph?i h?p", "danh gia", "ho tro", "thuong xuyen"};
    // "tự đánh giá", "tự kiểm tra": the verb's "tự" is not part of the name before it. A verb of
    // two words may run into the next word; a one-word verb must end its word ("gui", not "guitar").
    private static final Pattern VERB = Pattern.compile(Fuzzy.WORD_START + "(?:" + Fuzzy.fragment("tu") + "\\s+)?(?:"
            + anyOf(Arrays.stream(VERBS).filter(v -> v.contains(" ")).toArray(String[]::new)) + "|"
            + anyOf(Arrays.stream(VERBS).filter(v -> !v.contains(" ")).toArray(String[]::new)) + "(?![a-z]))");
    private static final Pattern COORDINATE = Pattern.compile(Fuzzy.WORD_START + Fuzzy.fragment("ph?i h?p") + "\\s*(?:"
            + Fuzzy.fragment("v?i") + "|" + Fuzzy.fragment("cung") + ")?\\s*");
    // a coordinator list also ends at "để", "nhằm", "trong việc"
    private static final Pattern PURPOSE = Pattern.compile("(?<![a-z0-9])" + anyOf("de", "nham", "trong viec") + "(?![a-z])");
    // a unit word as printed with its diacritics is no look-alike ("Sở", not "Số hóa"): a name so
    // opened is named in the warnings even when it is not the organisation's
    private static final Pattern UNIT_SPELT = Pattern.compile("\\s*(?:các |thủ trưởng |chủ tịch |giám đốc )?(?:sở|bộ|"
            + "ủy ban|uỷ ban|ubnd|văn phòng|công an|trường|hội|cục|trung tâm)(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // "giao Bộ Kế hoạch và Đầu tư theo chức năng, nhiệm vụ được giao, nghiên cứu": the remit ends the name
    private static final Pattern REMIT = Pattern.compile("(?<![a-z0-9])" + Fuzzy.fragment("theo chuc nang"));
    // "X chịu trách nhiệm thi hành ...", "X có trách nhiệm ...": X is who is charged
    private static final Pattern RESPONSIBLE = Pattern.compile("(?:" + Fuzzy.fragment("chiu trach nhiem") + "|"
            + Fuzzy.fragment("co trach nhiem") + ")(?![a-z])");
    // "các cơ quan, tổ chức, cá nhân": after "cơ quan," the word "tổ chức" is a noun, not the verb
    private static final Pattern NOUN_AFTER = Pattern.compile("co quan(?:,| va) $");
    private static final Pattern AND = Pattern.compile(" " + Fuzzy.fragment("va") + " ");

    private RecipientPhrases() {
    }

    /** Where a paragraph gives units a task ("giao/đề nghị/yêu cầu" and a unit), or -1. */
    static int assignment(String paragraph) {
        Matcher m = ASSIGNS.matcher(Fold.key(paragraph));
        return m.find() ? m.start() : -1;
    }

    static Named read(String lead) {
        String key = Fold.key(lead);
        int from = 0;
        Matcher assign = ASSIGN.matcher(key);
        boolean certain = assign.find();
        if (certain) {
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
        if (!certain && !HEAD.matcher(key).find()) {
            // "Báo cáo đầu năm học: các trường THPT gửi ..." names its units after a heading's colon
            int colon = key.indexOf(':');
            int after = colon < 0 ? -1 : skipSpaces(key, colon + 1);
            if (after < 0 || !HEAD.matcher(key.substring(after)).find()) {
                return new Named(List.of(), coordinators, false, false);
            }
            from = after;
        }
        int end = phraseEnd(key, from, null);
        boolean labelled = end < key.length() && key.charAt(end) == ':';
        boolean spelt = from == 0 && UNIT_SPELT.matcher(lead).lookingAt();
        boolean charged = end < key.length() && RESPONSIBLE.matcher(key).region(end, key.length()).lookingAt();
        return new Named(split(lead.substring(from, end)), coordinators, true, certain || labelled || spelt || charged);
    }

    /**
     * Where the unit names starting at {@code from} end: at ":", a full stop, the first verb, or a
     * ";" unless another unit follows it ("Các sở, ban, ngành; UBND các huyện tiếp tục ...").
     */
    private static int phraseEnd(String key, int from, Pattern alsoStop) {
        int end = key.length();
        int depth = 0;
        for (int i = from; i < key.length(); i++) {
            char c = key.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            boolean listGoesOn = c == ';' && HEAD.matcher(key).region(skipSpaces(key, i + 1), key.length()).lookingAt();
            if (depth == 0 && (c == ':' || (c == ';' && !listGoesOn)
                    || (c == '.' && (i + 1 == key.length() || key.charAt(i + 1) == ' ')))) {
                end = i;
                break;
            }
        }
        end = firstMatch(REMIT, key, from, firstMatch(VERB, key, from, end));
        return alsoStop == null ? end : firstMatch(alsoStop, key, from, end);
    }

    private static int firstMatch(Pattern p, String key, int from, int end) {
        Matcher m = p.matcher(key).region(from, end);
        while (m.find()) {
            if (m.start() > from && !(p == VERB && NOUN_AFTER.matcher(key).region(from, m.start()).find()
                    && key.startsWith("to chuc", m.start()))) {
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
                // after a ";" a title alone opens the next unit ("...Thành phố; Giám đốc, Thủ trưởng các Sở")
                boolean afterSemicolon = start > 0 && key.charAt(start - 1) == ';';
                boolean joinsBefore = !spans.isEmpty()
                        && (!HEAD.matcher(piece).find() || (bare(piece) && !afterSemicolon));
                if (!piece.isEmpty() && joinsBefore) {
                    spans.get(spans.size() - 1)[1] = i;
                } else if (!piece.isEmpty() && bare(piece) && !last) {
                    continue; // "Giám đốc, Thủ trưởng các Sở": the title is of the unit named next
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

    /** A unit word or title alone, naming no unit: "ban" in "các sở, ban, ngành", "Giám đốc" before "Thủ trưởng các Sở". */
    private static boolean bare(String piece) {
        Matcher head = HEAD.matcher(piece);
        return head.find() && piece.substring(head.end()).isBlank();
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static String anyOf(String... phrases) {
        return "(?:" + String.join("|", Arrays.stream(phrases).map(Fuzzy::fragment).toList()) + ")";
    }
}
