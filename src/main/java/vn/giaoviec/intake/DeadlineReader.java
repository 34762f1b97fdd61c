package vn.giaoviec.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.giaoviec.kernel.WorkCalendar;

/**
 * Deadline phrases (DESIGN §3): "Quý 1/2026" is its last day, "tháng 12/2025" the month's last,
 * "trước ngày 15/12/2025" the day before, "đến hết năm 2025" 31/12, "trong 05 ngày làm việc" five
 * working days after the issue date; "trước ngày 20 hằng tháng" is the first such day on or after
 * the issue date. Recurrence words ("hằng quý", "thường xuyên") are read as well. A date is only
 * read after a word that makes it a deadline ("trước", "chậm nhất", "hoàn thành trong"), so the
 * date of a cited document is never taken for one.
 */
final class DeadlineReader {

    /** Where a phrase is read: a subject takes only firm deadlines, a table cell needs no marker. */
    enum Mode { SUBJECT, TEXT, CELL }

    /**
     * A deadline phrase: {@code date} null when it needs the missing issue date ({@code problem}
     * says so); {@code recurrence} WEEKLY, MONTHLY, QUARTERLY, SEMIANNUAL, ANNUAL, ONGOING or null.
     */
    record Deadline(LocalDate date, String text, String recurrence, int start, String problem) {
    }

    /** How a rule's match gives its date; null when it needs the issue date and there is none. */
    private interface DateOf {
        LocalDate of(Groups m, LocalDate issued);
    }

    private record Rule(String regex, boolean inSubject, String recurrence, DateOf date) {
    }

    /** One rule's groups inside the pattern that joins all rules. */
    private record Groups(Matcher m, int offset) {
        String group(int i) {
            return m.group(offset + i);
        }
    }

    /**
     * Rules joined into one pattern, tried in order at each place: one scan of the text instead of
     * one per rule, and of two readings starting at one place the earlier rule, more specific, wins.
     */
    private record Rules(Pattern pattern, List<Rule> rules, int[] offsets) {

        static Rules of(List<Rule> rules) {
            StringBuilder b = new StringBuilder(FIRST_LETTER + Fuzzy.WORD_START + "(?:");
            int[] offsets = new int[rules.size()];
            int groups = 0;
            for (int i = 0; i < rules.size(); i++) {
                b.append(i == 0 ? "(" : "|(").append(rules.get(i).regex()).append(')');
                offsets[i] = groups + 1;
                groups += 1 + Pattern.compile(rules.get(i).regex()).matcher("").groupCount();
            }
            return new Rules(Pattern.compile(b.append(')').toString()), List.copyOf(rules), offsets);
        }

        /** The rule a match of {@link #pattern} is of. */
        int ruleOf(Matcher m) {
            int i = 0;
            while (m.start(offsets[i]) < 0) {
                i++;
            }
            return i;
        }
    }

    private static final String DATE = "(\\d{1,2})\\s*(?:[/.-]|" + w("thang") + ")\\s*(\\d{1,2})\\s*(?:[/.-]|"
            + w("nam") + ")\\s*(\\d{4})";
    private static final String DONE = "(?:" + w("hoan thanh") + "\\s*)?";
    // every phrase opens with one of these (hoàn thành, trước, trong, chậm, đến, vào, ngày, sáu, 6,
    // mỗi, quý, báo cáo, a date): checked first, it spares the costlier word-start test almost everywhere
    private static final String FIRST_LETTER = "(?=[htcdvnsmqb0-9])";
    private static final Pattern IDENTIFIER = Pattern.compile("\\d+ ?[-/] ?\\p{Lu}");
    private static final int BEFORE_DIGIT = 45;
    private static final int AFTER_DIGIT = 50;
    private static final String NEEDS_ISSUE_DATE = "cần ngày ban hành để tính thời hạn";

    private static final List<Rule> TEXT_RULES = new ArrayList<>();
    private static final List<Rule> CELL_RULES = new ArrayList<>();
    private static final List<Rule> RECURRENCE_RULES = new ArrayList<>();

    static {
        String before = "(" + w("truoc") + "|" + w("cham nhat") + "|" + w("han chot") + "|" + w("han cuoi") + ")?\\s*";
        rule(TEXT_RULES, DONE + before + w("ngay") + "\\s*(\\d{1,2})\\s*(?:" + w("cua") + "\\s*)?(?:" + w("hang")
                + "|" + w("moi") + ")\\s*" + w("thang"), false, "MONTHLY", DeadlineReader::monthly);
        // "ngày 15/12 hằng năm", also in words: "hạn cuối ngày 15 tháng 12 hàng năm"
        rule(TEXT_RULES, DONE + before + w("ngay") + "\\s*(\\d{1,2})\\s*(?:[/.-]|" + w("thang") + ")\\s*(\\d{1,2})\\s*(?:"
                + w("hang") + "|"
                + w("moi") + ")\\s*" + w("nam"), false, "ANNUAL", DeadlineReader::annual);
        rule(TEXT_RULES, DONE + "(" + w("truoc") + ")\\s*" + w("ngay") + "\\s*" + DATE, true, null,
                (m, issued) -> date(m, 2).minusDays(1));
        rule(TEXT_RULES, DONE + "(?:" + w("cham nhat") + "|" + w("han chot") + "|" + w("den het") + "|" + w("den")
                + "|" + w("hoan thanh") + ")\\s*(?:" + w("la") + "\\s*|" + w("vao") + "\\s*|" + w("trong") + "\\s*)?"
                + w("ngay") + "\\s*" + DATE, true, null, (m, issued) -> date(m, 1));
        String within = "(" + w("trong") + "|" + w("truoc") + "|" + w("vao") + "|" + w("cuoi") + "|" + w("den het")
                + "|" + w("hoan thanh") + ")\\s*";
        rule(TEXT_RULES, DONE + within + w("quy") + "\\s*([ivxl1]{1,4}|[1-4])\\s*(?:/|" + w("nam") + ")\\s*(\\d{4})",
                false, null, DeadlineReader::quarter);
        rule(TEXT_RULES, DONE + within + w("thang") + "\\s*(\\d{1,2})\\s*(?:/|" + w("nam") + ")\\s*(\\d{4})",
                false, null, DeadlineReader::month);
        rule(TEXT_RULES, DONE + "(?:" + w("trong") + "\\s*)?(?:6|" + w("sau") + ")\\s*" + w("thang") + "\\s*("
                + w("dau") + "|" + w("cuoi") + ")\\s*" + w("nam") + "\\s*(\\d{4})", false, null, DeadlineReader::half);
        rule(TEXT_RULES, DONE + "(?:" + w("den") + "\\s*)?" + w("het") + "\\s*" + w("nam") + "\\s*(\\d{4})(?!\\s*-)",
                true, null, (m, issued) -> LocalDate.of(year(m, 1), 12, 31));
        rule(TEXT_RULES, DONE + w("trong") + "\\s*" + w("nam") + "\\s*(\\d{4})(?!\\s*-)", false, null,
                (m, issued) -> LocalDate.of(year(m, 1), 12, 31));
        String counted = "(?:" + w("ke tu") + "\\s*" + w("ngay") + "\\s*(?:" + w("ky") + "|" + w("ban hanh") + "))?";
        rule(TEXT_RULES, w("trong") + "\\s*(?:" + w("vong") + "\\s*|" + w("thoi gian") + "\\s*)?(\\d{1,3})\\s*"
                + w("ngay lam viec") + "\\s*" + counted, false, null, null);
        rule(TEXT_RULES, w("trong") + "\\s*(?:" + w("vong") + "\\s*)?(\\d{1,3})\\s*" + w("ngay") + "(?!\\s*"
                + w("lam") + ")\\s*" + counted, false, null, (m, issued) -> issued == null ? null
                : issued.plusDays(Integer.parseInt(m.group(1))));

        CELL_RULES.addAll(TEXT_RULES);
        rule(CELL_RULES, "()" + w("quy") + "\\s*([ivxl1]{1,4}|[1-4])\\s*(?:/|" + w("nam") + ")\\s*(\\d{4})", false, null,
                DeadlineReader::quarter);
        rule(CELL_RULES, "()" + w("thang") + "\\s*(\\d{1,2})\\s*(?:/|" + w("nam") + ")\\s*(\\d{4})", false, null,
                DeadlineReader::month);
        rule(CELL_RULES, "(?<![\\d/])" + DATE, false, null, (m, issued) -> date(m, 1));
        rule(CELL_RULES, w("nam") + "\\s*(\\d{4})(?!\\s*-)", false, null, (m, issued) -> LocalDate.of(year(m, 1), 12, 31));

        String each = "(?:" + w("hang") + "|" + w("moi") + ")\\s*";
        // "định kỳ hằng quý" also when OCR runs "kỳ" and "hằng" together
        String periodic = w("dinh ky") + "\\s*(?:" + w("hang") + "\\s*|" + w("theo") + "\\s*)?";
        rule(RECURRENCE_RULES, each + w("tuan") + "|" + periodic + w("tuan"), false, "WEEKLY", null);
        rule(RECURRENCE_RULES, each + w("thang") + "|" + periodic + w("thang"), false, "MONTHLY", null);
        // "báo cáo quý" is every quarter's report; "báo cáo quý I/2026" is one quarter's
        rule(RECURRENCE_RULES, each + w("quy") + "|" + periodic + w("quy") + "|" + w("bao cao") + "\\s*" + w("quy")
                + "(?!\\s*(?:[ivxl1]{1,4}|[1-4])(?![a-z]))", false, "QUARTERLY", null);
        rule(RECURRENCE_RULES, "(?:" + w("dinh ky") + "|" + w("hang") + "|" + w("moi") + ")\\s*(?:6|" + w("sau") + ")\\s*"
                + w("thang") + "|(?:6|" + w("sau") + ")\\s*" + w("thang") + "\\s*(?:" + w("mot") + "|1)\\s*" + w("lan"),
                false, "SEMIANNUAL", null);
        rule(RECURRENCE_RULES, "(?:" + each + "|" + periodic + ")" + w("nam") + "(?!\\s*" + w("hoc") + ")", false, "ANNUAL", null);
        rule(RECURRENCE_RULES, w("thuong xuyen"), false, "ONGOING", null);
    }

    private static final Rules IN_TEXT = Rules.of(TEXT_RULES);
    private static final Rules IN_SUBJECT = Rules.of(TEXT_RULES.stream().filter(Rule::inSubject).toList());
    private static final Rules IN_CELL = Rules.of(CELL_RULES);
    private static final Rules RECURRENCES = Rules.of(RECURRENCE_RULES);
    private static final Pattern BEFORE = Pattern.compile(w("truoc"));
    private static final Pattern CONTINUING_EDUCATION = Pattern.compile(w("giao duc") + "\\s*$");

    private final WorkCalendar calendar;

    DeadlineReader(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    /** Every deadline phrase in {@code text}, in order. */
    List<Deadline> find(String text, Mode mode, LocalDate issuedOn) {
        Rules rules = switch (mode) {
            case SUBJECT -> IN_SUBJECT;
            case TEXT -> IN_TEXT;
            case CELL -> IN_CELL;
        };
        String key = Fold.key(text);
        Matcher m = rules.pattern().matcher(key).useTransparentBounds(true).useAnchoringBounds(false);
        List<Deadline> found = new ArrayList<>();
        for (int[] window : windows(text, key)) {
            m.region(window[0], window[1]);
            while (m.find()) {
                int rule = rules.ruleOf(m);
                found.add(deadline(rules.rules().get(rule), new Groups(m, rules.offsets()[rule]), m, text, issuedOn));
            }
        }
        return found;
    }

    /**
     * Where deadline phrases can be: every one names a number (a day, month, quarter, year or
     * count), with its words at most {@link #BEFORE_DIGIT} characters before the first digit and
     * {@link #AFTER_DIGIT} after the last; a document's number ({@code 570/KH-...}) names none. The
     * rules run only there, since most of a text has none.
     */
    private static List<int[]> windows(String text, String key) {
        List<int[]> windows = new ArrayList<>();
        Matcher id = IDENTIFIER.matcher(text);
        for (int i = 0; i < key.length(); i++) {
            if (Character.isDigit(key.charAt(i)) && (i == 0 || !Character.isDigit(key.charAt(i - 1)))
                    && id.region(i, key.length()).lookingAt()) {
                i = id.end() - 1; // a document's number, not a date
            } else if (Character.isDigit(key.charAt(i))) {
                int start = Math.max(0, i - BEFORE_DIGIT);
                int end = Math.min(key.length(), i + AFTER_DIGIT);
                int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
                if (last != null && start <= last[1]) {
                    last[1] = end;
                } else {
                    windows.add(new int[] {start, end});
                }
            }
        }
        return windows;
    }

    /** The first recurrence word in {@code text}, or null. "Giáo dục thường xuyên" is a school kind, not one. */
    static String recurrence(String text) {
        String key = Fold.key(text);
        Matcher m = RECURRENCES.pattern().matcher(key);
        while (m.find()) {
            String recurrence = RECURRENCES.rules().get(RECURRENCES.ruleOf(m)).recurrence();
            boolean school = "ONGOING".equals(recurrence)
                    && CONTINUING_EDUCATION.matcher(key.substring(Math.max(0, m.start() - 12), m.start())).find();
            if (!school) {
                return recurrence;
            }
        }
        return null;
    }

    private Deadline deadline(Rule rule, Groups groups, Matcher m, String text, LocalDate issuedOn) {
        String phrase = text.substring(m.start(), m.end()).strip();
        LocalDate date;
        String problem = null;
        try {
            date = rule.date() == null ? workingDays(groups, issuedOn) : rule.date().of(groups, issuedOn);
        } catch (DateTimeException | NumberFormatException e) {
            date = null;
            problem = "thời hạn không hợp lệ";
        }
        if (date == null && problem == null) {
            problem = NEEDS_ISSUE_DATE;
        }
        return new Deadline(date, phrase, rule.recurrence(), m.start(), problem);
    }

    private LocalDate workingDays(Groups m, LocalDate issuedOn) {
        return issuedOn == null ? null : calendar.plusWorkingDays(issuedOn, Integer.parseInt(m.group(1)));
    }

    private static LocalDate monthly(Groups m, LocalDate issued) {
        if (issued == null) {
            return null;
        }
        int day = Integer.parseInt(m.group(2));
        boolean before = startsBefore(m);
        for (YearMonth ym = YearMonth.from(issued); ; ym = ym.plusMonths(1)) {
            LocalDate d = ym.atDay(Math.min(day, ym.lengthOfMonth())).minusDays(before ? 1 : 0);
            if (!d.isBefore(issued)) {
                return d;
            }
        }
    }

    private static LocalDate annual(Groups m, LocalDate issued) {
        if (issued == null) {
            return null;
        }
        boolean before = startsBefore(m);
        for (int year = issued.getYear(); ; year++) {
            LocalDate d = LocalDate.of(year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)))
                    .minusDays(before ? 1 : 0);
            if (!d.isBefore(issued)) {
                return d;
            }
        }
    }

    private static LocalDate quarter(Groups m, LocalDate issued) {
        String token = m.group(2);
        int q = token.length() == 1 && Character.isDigit(token.charAt(0)) ? Integer.parseInt(token)
                : Markers.romanValue(token.toUpperCase().replaceAll("[L1]", "I"));
        if (q < 1 || q > 4) {
            throw new DateTimeException("quarter " + token);
        }
        int year = year(m, 3);
        return startsBefore(m) ? LocalDate.of(year, q * 3 - 2, 1).minusDays(1) : YearMonth.of(year, q * 3).atEndOfMonth();
    }

    private static LocalDate month(Groups m, LocalDate issued) {
        YearMonth ym = YearMonth.of(year(m, 3), Integer.parseInt(m.group(2)));
        return startsBefore(m) ? ym.atDay(1).minusDays(1) : ym.atEndOfMonth();
    }

    private static LocalDate half(Groups m, LocalDate issued) {
        return Fold.key(m.group(1)).startsWith("d") ? LocalDate.of(year(m, 2), 6, 30) : LocalDate.of(year(m, 2), 12, 31);
    }

    /** Whether the phrase's first group reads "trước": the day before the date or period named. */
    private static boolean startsBefore(Groups m) {
        return m.group(1) != null && BEFORE.matcher(m.group(1)).matches();
    }

    private static LocalDate date(Groups m, int firstGroup) {
        return LocalDate.of(year(m, firstGroup + 2), Integer.parseInt(m.group(firstGroup + 1)),
                Integer.parseInt(m.group(firstGroup)));
    }

    private static int year(Groups m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static void rule(List<Rule> rules, String regex, boolean inSubject, String recurrence, DateOf date) {
        rules.add(new Rule(regex, inSubject, recurrence, date));
    }

    private static String w(String phrase) {
        return Fuzzy.fragment(phrase);
    }
}
