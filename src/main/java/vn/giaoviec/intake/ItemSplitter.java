package vn.giaoviec.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a letter's body into its preamble and its items: the numbered tasks of task-bearing
 * sections (Nhiệm vụ, Giải pháp, Tổ chức thực hiện, Kiến nghị; not Mục đích or Yêu cầu), with
 * a) b) sub-points and bullets folded in; where such a section numbers nothing, its bullets; and
 * the rows of an appendix's task table. A letter without Roman sections is one task section; one
 * without any numbered item or bullet has its task paragraphs.
 */
final class ItemSplitter {

    /** An appendix row's cells for the lead unit, the coordinating units and the deadline. */
    record Cells(String lead, String coordinators, String deadline) {
    }

    /** An item as printed: {@code lead} is its first paragraph, where it names who does it. */
    record RawItem(String no, String text, String lead, Cells cells) {
    }

    /** The preamble's paragraphs (where legal bases are cited) and the items. */
    record Split(List<String> preamble, List<RawItem> items) {
    }

    private static final String[] TASK_TITLES = {"nhiem vu", "giai phap", "to chuc thuc hien", "kien nghi", "de xuat",
            "noi dung", "phan cong", "trach nhiem"};
    private static final String[] NOT_TASK_TITLES = {"muc dich", "muc tieu", "yeu cau", "danh gia", "ket qua", "tinh hinh"};
    private static final Pattern CLOSING = Fuzzy.lineStart("tren day la", "nhan duoc", "trong qua trinh");
    // "Căn cứ:" introduces bullets that are legal bases, not tasks
    private static final Pattern BASIS = Fuzzy.lineStart("can cu");
    private static final Pattern APPENDIX = Pattern.compile("^\\s*" + Fuzzy.fragment("phu luc") + "\\b");
    // an article of a quyết định/nghị quyết: "Điều 2. ..." at a line's start (matched on the key)
    private static final Pattern ARTICLE = Pattern.compile("^\\s*(?:\\*\\*)?" + Fuzzy.fragment("dieu")
            + "\\s*(\\d{1,2})\\s*[.:](?:\\*\\*)?(?=\\s|$)");
    // what an article or its point decides without giving anyone a task
    private static final Pattern NOT_TASK_ARTICLE = Fuzzy.lineStart("dong y", "phe duyet", "ban hanh kem theo",
            "thong qua", "bai bo");
    private static final Pattern FUNDING = Fuzzy.lineStart("kinh phi");
    private static final Pattern DIFFICULTIES_OPEN = Fuzzy.lineStart("qua trinh", "trong qua trinh");
    private static final Pattern DIFFICULTIES = Fuzzy.words("kho khan");
    private static final Pattern IN_FORCE = Fuzzy.words("co hieu luc");
    // the Công báo's page stamp and header inside a letter's text: "Ký bởi: CÔNG BÁO ...", "Cơ quan: ...",
    // "Ngày ký: 2026-05-08 ...", "CÔNG BÁO/Số 271/Ngày 12-05-2026", and a page number alone on its line
    private static final Pattern STAMP = Pattern.compile("^\\s*(?:" + Fuzzy.fragment("ky boi") + "\\s*:|"
            + Fuzzy.fragment("ngay ky") + "\\s*:\\s*\\d{4}-|" + Fuzzy.fragment("cong bao") + "\\s*/\\s*"
            + Fuzzy.fragment("so") + "|\\d{1,4}\\s*$)");
    private static final Pattern STAMP_AGENCY = Pattern.compile("^\\s*" + Fuzzy.fragment("co quan") + "\\s*:");

    private ItemSplitter() {
    }

    /** The first line at or after {@code from} that opens an appendix ("PHỤ LỤC"), or {@code doc.size()}. */
    static int appendixStart(Doc doc, int from) {
        for (int i = from; i < doc.size(); i++) {
            String line = doc.line(i).strip();
            if (APPENDIX.matcher(doc.key(i)).find() && line.equals(line.toUpperCase())) {
                return i;
            }
        }
        return doc.size();
    }

    static Split split(Doc doc, int from, int to, int appendixFrom) {
        List<Group> groups = new ArrayList<>();
        List<String> preamble = new ArrayList<>();
        scanBody(doc, from, to, groups, preamble);
        int appendix = 0;
        for (int start = appendixFrom; start < doc.size(); ) {
            int next = appendixStart(doc, start + 1);
            appendix++;
            groups.add(scanAppendix(doc, start, next, "PL" + (appendix > 1 ? appendix : "")));
            start = next;
        }
        boolean prefixed = groups.stream().filter(g -> !g.items.isEmpty()).count() > 1;
        List<RawItem> items = new ArrayList<>();
        for (Group g : groups) {
            for (RawItem item : g.items) {
                String no = prefixed && !g.label.isEmpty() && g.article == 0 ? g.label + "." + item.no() : item.no();
                items.add(new RawItem(no, item.text(), item.lead(), item.cells()));
            }
        }
        List<String> paragraphs = Arrays.asList(Paragraphs.join(preamble).split("\n"));
        return new Split(paragraphs, items.isEmpty() ? paragraphTasks(paragraphs) : items);
    }

    /**
     * A letter that numbers nothing still gives tasks in sentences: each paragraph that has
     * "Giao/Đề nghị/Yêu cầu [units] ..." is an item, its lead from that phrase on.
     */
    private static List<RawItem> paragraphTasks(List<String> paragraphs) {
        List<RawItem> items = new ArrayList<>();
        for (String paragraph : paragraphs) {
            int at = RecipientPhrases.assignment(paragraph);
            if (at >= 0) {
                items.add(new RawItem(String.valueOf(items.size() + 1), paragraph, paragraph.substring(at), null));
            }
        }
        return items;
    }

    /** The items of one section (or of the body, or of an appendix), under the label they are numbered in. */
    private static final class Group {
        final String label;
        final boolean task;
        /** Numbered blocks: the number, then the item's lines. */
        final List<List<String>> numbered = new ArrayList<>();
        final List<List<String>> bullets = new ArrayList<>();
        final List<RawItem> items = new ArrayList<>();
        int last;
        /** The article this group is ("Điều 3"), or 0; its own text before any numbered point. */
        int article;
        final List<String> intro = new ArrayList<>();

        Group(String label, boolean task) {
            this.label = label;
            this.task = task;
        }

        void finish() {
            if (!task) {
                return;
            }
            if (article > 0) {
                finishArticle(this);
                return;
            }
            boolean byNumber = !numbered.isEmpty();
            List<List<String>> blocks = byNumber ? numbered : bullets;
            for (int i = 0; i < blocks.size(); i++) {
                List<String> lines = blocks.get(i);
                String text = Paragraphs.join(byNumber ? lines.subList(1, lines.size()) : lines);
                if (byNumber && !isPointTask(text)) {
                    continue;
                }
                if (!byNumber) {
                    text = Markers.strip(text, Markers.BULLET);
                }
                items.add(new RawItem(byNumber ? lines.get(0) : String.valueOf(i + 1), text, text.split("\n")[0], null));
            }
        }
    }

    /**
     * An article's items, numbered absolutely: "Điều N.k" for each numbered point that gives a task,
     * or "Điều N" for an article without points that is itself a task (the implementing article).
     */
    private static void finishArticle(Group g) {
        String prefix = "Điều " + g.article;
        if (g.numbered.isEmpty()) {
            String text = Paragraphs.join(g.intro).strip();
            if (isArticleTask(text)) {
                g.items.add(new RawItem(prefix, text, text.split("\n")[0], null));
            }
            return;
        }
        for (List<String> lines : g.numbered) {
            String text = Paragraphs.join(lines.subList(1, lines.size()));
            if (isArticleTask(text) && isPointTask(text)) {
                g.items.add(new RawItem(prefix + "." + lines.get(0), text, text.split("\n")[0], null));
            }
        }
    }

    /**
     * A numbered point gives a task unless it says how the work is funded ("Kinh phí thực hiện ...")
     * or is the closing words ("Quá trình thực hiện nếu có khó khăn, vướng mắc ... báo cáo về ...").
     */
    static boolean isPointTask(String text) {
        String key = Fold.key(text);
        return !FUNDING.matcher(key).lookingAt()
                && !(DIFFICULTIES_OPEN.matcher(key).lookingAt() && DIFFICULTIES.matcher(key).find());
    }

    /** An article or point gives a task unless it only agrees, approves, issues or sets when it is in force. */
    static boolean isArticleTask(String text) {
        if (text.isBlank()) {
            return false;
        }
        String key = Fold.key(text);
        String first = key.split("[.;:\n]", 2)[0];
        return !NOT_TASK_ARTICLE.matcher(key).lookingAt() && !IN_FORCE.matcher(first).find();
    }

    /** The number of the article "Điều N." that opens the line at {@code key}, or -1. */
    static int article(String key) {
        Matcher m = ARTICLE.matcher(key);
        return m.lookingAt() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static void scanBody(Doc doc, int from, int to, List<Group> groups, List<String> preamble) {
        Group top = new Group("", !hasSections(doc, from, to));
        Group group = top;
        groups.add(top);
        List<String> current = null;
        List<String> lastBlock = null;
        boolean basis = false;
        boolean itemsSeen = false;
        int nextRoman = 1;
        int nextArticle = 1;
        boolean introText = false;
        boolean stamp = false;
        for (int i = from; i < to; i++) {
            String line = doc.line(i);
            String key = doc.key(i);
            if (STAMP.matcher(key).find() || (stamp && STAMP_AGENCY.matcher(key).find())) {
                stamp = key.stripLeading().startsWith("ky") || (stamp && !key.contains("ngay"));
                continue; // a page stamp or header of the Công báo is not the letter's text
            }
            stamp = false;
            int article = nextRoman == 1 ? article(key) : -1;
            if (article > 0 && article == nextArticle) {
                group.finish();
                group = new Group("Điều " + article, true);
                group.article = article;
                groups.add(group);
                nextArticle++;
                Matcher m = ARTICLE.matcher(key);
                m.lookingAt();
                String opening = line.substring(m.end()).strip();
                group.intro.add(opening);
                introText = !opening.isEmpty();
                current = group.intro;
                itemsSeen = true;
                continue;
            }
            if (group.article > 0 && current == group.intro && group.numbered.isEmpty()) {
                if (line.isBlank() && introText) {
                    current = null; // an article without points is one paragraph
                    continue;
                }
                introText |= !line.isBlank();
            }
            int roman = Markers.roman(line);
            if (roman == nextRoman && isHeading(line)) {
                group.finish();
                group = new Group(toRoman(roman), isTask(Markers.stripNumber(line)));
                groups.add(group);
                nextRoman++;
                current = null;
                itemsSeen = true;
                continue;
            }
            int number = Markers.number(line);
            if (number > 0 && (number == group.last + 1 || (group.numbered.isEmpty() && number == 1))) {
                group.last = number;
                current = new ArrayList<>(List.of(String.valueOf(number), Markers.stripNumber(line)));
                group.numbered.add(current);
                lastBlock = current;
                itemsSeen = true;
                continue;
            }
            if (CLOSING.matcher(doc.key(i)).find() && Character.isUpperCase(line.strip().codePointAt(0))) {
                current = null;
                itemsSeen = true;
                continue;
            }
            boolean bullet = Markers.BULLET.matcher(line).find();
            if (bullet && group.numbered.isEmpty() && group.article == 0 && !(group == top && basis)) {
                current = new ArrayList<>(List.of(line));
                group.bullets.add(current);
                lastBlock = current;
                itemsSeen = true;
            } else if (current != null) {
                current.add(line);
            } else if (group == top && !itemsSeen) {
                preamble.add(line);
                if (!line.isBlank() && !bullet) {
                    basis = BASIS.matcher(doc.key(i)).find();
                }
            }
        }
        if (lastBlock != null) {
            cutClosing(lastBlock);
        }
        group.finish();
    }

    /** The last item of a letter ends before a new paragraph after a blank line: the closing words. */
    private static void cutClosing(List<String> block) {
        for (int i = 1; i < block.size(); i++) {
            String line = block.get(i).strip();
            if (block.get(i - 1).isBlank() && !line.isEmpty() && !Markers.opensPart(line)
                    && Character.isUpperCase(line.codePointAt(0))) {
                block.subList(i, block.size()).clear();
                return;
            }
        }
    }

    private static Group scanAppendix(Doc doc, int from, int to, String label) {
        Group group = new Group(label, true);
        Table table = null;
        for (int i = from; i < to; i++) {
            List<String> cells = Table.cells(doc.line(i));
            if (cells.size() < 3) {
                continue;
            }
            if (table == null) {
                table = Table.header(cells);
            } else {
                table.row(cells, group.items);
            }
        }
        return group;
    }

    private static boolean hasSections(Doc doc, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Markers.roman(doc.line(i)) == 1 && isHeading(doc.line(i))) {
                return true;
            }
        }
        return false;
    }

    /** A section heading is in capitals: "II. NHIỆM VỤ VÀ GIẢI PHÁP". */
    private static boolean isHeading(String line) {
        String title = Markers.stripNumber(line);
        long letters = title.codePoints().filter(Character::isLetter).count();
        long upper = title.codePoints().filter(Character::isUpperCase).count();
        return letters > 0 && upper * 10 >= letters * 7;
    }

    private static boolean isTask(String title) {
        String loose = Fold.loose(title);
        return Arrays.stream(TASK_TITLES).anyMatch(loose::contains)
                && Arrays.stream(NOT_TASK_TITLES).noneMatch(loose::startsWith);
    }

    private static String toRoman(int n) {
        String[] romans = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        return n < romans.length ? romans[n] : String.valueOf(n);
    }

    /** An appendix task table, columns found by their headings, rows as items. */
    private record Table(int no, int task, int lead, int coordinators, int deadline) {

        private static final Pattern DELIMITER = Pattern.compile("\\s*\\|\\s*|\\t");
        private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,3}(?:\\.\\d{1,2})*\\.?");

        static List<String> cells(String line) {
            String s = line.strip();
            if (!s.contains("|") && !s.contains("\t")) {
                return List.of();
            }
            s = s.substring(s.startsWith("|") ? 1 : 0, s.endsWith("|") && s.length() > 1 ? s.length() - 1 : s.length());
            return Arrays.stream(DELIMITER.split(s, -1)).map(String::strip).toList();
        }

        /** The columns of a task table's heading row; rows of any other table are skipped. */
        static Table header(List<String> cells) {
            int no = -1, task = -1, lead = -1, coordinators = -1, deadline = -1;
            for (int c = 0; c < cells.size(); c++) {
                String h = Fold.compact(cells.get(c));
                if (h.matches("s?tt")) {
                    no = c;
                } else if (heads(h, "phoihop")) {
                    coordinators = c;
                } else if (heads(h, "thoigian", "thoihan", "hoanthanh")) {
                    deadline = c;
                } else if (heads(h, "nhiemvu", "noidung")) {
                    task = c;
                } else if (heads(h, "chutri", "donvi", "thuchien")) {
                    lead = c;
                }
            }
            return new Table(no < 0 ? 0 : no, task, lead, coordinators, deadline);
        }

        private static boolean heads(String heading, String... words) {
            return Arrays.stream(words).anyMatch(w -> Fuzzy.find(heading, w) >= 0);
        }

        void row(List<String> cells, List<RawItem> items) {
            if (task < 0) {
                return;
            }
            String first = cell(cells, no);
            if (ROW_NUMBER.matcher(first).matches()) {
                items.add(new RawItem(first.replaceAll("\\.$", ""), cell(cells, task), "",
                        new Cells(cell(cells, lead), cell(cells, coordinators), cell(cells, deadline))));
            } else if (first.isEmpty() && !items.isEmpty()) {
                RawItem prev = items.remove(items.size() - 1);
                Cells c = prev.cells();
                items.add(new RawItem(prev.no(), join(prev.text(), cell(cells, task)), "",
                        new Cells(join(c.lead(), cell(cells, lead)), join(c.coordinators(), cell(cells, coordinators)),
                                join(c.deadline(), cell(cells, deadline)))));
            }
        }

        private static String cell(List<String> cells, int c) {
            return c >= 0 && c < cells.size() ? cells.get(c) : "";
        }

        private static String join(String a, String b) {
            return b.isEmpty() ? a : a.isEmpty() ? b : a + " " + b;
        }
    }
}
