package vn.giaoviec.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;


import vn.giaoviec.kernel.WorkCalendar;

/**
 * Real letters of Vietnamese public administration that nobody on the project wrote
 * (src/test/resources/intake/real, issue #13): each text beside the draft expected from reading it,
 * split once at random into a tuning half (look at its misses while changing the parser) and a
 * check half (only scored). A text named {@code *-ocr.txt} is an OCR-noised copy of a letter, made
 * with {@link OcrNoise}, and is compared the way {@link CorpusTest} compares noised texts. The first
 * line of every text is its {@code # source:} line, which is not part of the letter and is cut off
 * before parsing: on these letters it happens to change nothing, but a letterhead reader that takes
 * the first lines for the issuing body must never see it.
 */
class RealCorpusTest {

    // what the parser reaches today (tuning 550/598 = 0.920, check 294/380 = 0.774; at first 0.594 and
    // 0.653), less 0.02: a regression guard, to be raised as the parser learns to read real letters
    private static final double TUNING_MINIMUM = 0.899;
    private static final double CHECK_MINIMUM = 0.753;
    // issue #13 asks for 40 real letters; the public sources reachable from here gave 9 complete ones
    // (see README.md beside the texts), each in clean text, 8 of them also as an OCR-noised copy
    private static final int MINIMUM_LETTERS = 9;
    private static final int MINIMUM_NOISED = 8;
    private static final Pattern TABLE_ROW = Pattern.compile("^(\\S+)\\s+(\\d+)/(\\d+)\\s");

    private final DirectiveTextParser parser = new DirectiveTextParser(TestOrganisation.units(), WorkCalendar.fromClasspath());

    static List<Path> texts(String half) throws IOException, URISyntaxException {
        Path dir = Path.of(RealCorpusTest.class.getClassLoader().getResource("intake/real/" + half).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void hasTheRealLettersEachWithItsExpectedDraftAndSource() throws Exception {
        List<Path> all = new ArrayList<>(texts("tuning"));
        all.addAll(texts("check"));
        assertThat(all.stream().filter(t -> !noised(t))).hasSizeGreaterThanOrEqualTo(MINIMUM_LETTERS);
        assertThat(all.stream().filter(RealCorpusTest::noised)).hasSizeGreaterThanOrEqualTo(MINIMUM_NOISED);
        assertThat(all).allSatisfy(t -> {
            assertThat(CorpusTest.expectedFor(t)).exists();
            assertThat(Files.readString(t).lines().findFirst().orElse("")).startsWith("# source: ").contains("retrieved");
        });
        assertThat(texts("tuning")).isNotEmpty();
        assertThat(texts("check")).isNotEmpty();
    }

    @Test
    void readsTheTuningHalf() throws Exception {
        Half half = score("tuning");
        System.out.println(half.table("Real corpus, tuning half: field accuracy (" + half.documents + " texts)"));
        half.failures.forEach(f -> System.out.printf("  miss %s %s: expected %s, got %s%n",
                f.document(), f.field(), f.expected(), f.actual()));
        assertThat(half.accuracy()).isGreaterThanOrEqualTo(TUNING_MINIMUM);
    }

    @Test
    void scoresTheCheckHalf() throws Exception {
        Half half = score("check");
        // the check half is only scored: its misses are not printed, so that nobody tunes to them
        System.out.println(half.table("Real corpus, check half: field accuracy (" + half.documents + " texts)"));
        assertThat(half.accuracy()).isGreaterThanOrEqualTo(CHECK_MINIMUM);
    }

    /** One half's tally: clean texts compared exactly, noised ones as {@link CorpusTest} does. */
    private static final class Half {
        final Map<String, int[]> byField = new TreeMap<>();
        final List<DraftComparison.Outcome> failures = new ArrayList<>();
        int documents;

        void add(DraftComparison comparison) {
            // DraftComparison keeps its outcomes to itself; its table has every field's correct/total
            for (String line : comparison.table("").split("\n")) {
                Matcher m = TABLE_ROW.matcher(line);
                if (m.find() && !line.startsWith("ALL FIELDS")) {
                    int[] t = byField.computeIfAbsent(m.group(1), f -> new int[2]);
                    t[0] += Integer.parseInt(m.group(2));
                    t[1] += Integer.parseInt(m.group(3));
                }
            }
            failures.addAll(comparison.failures());
        }

        double accuracy() {
            int ok = byField.values().stream().mapToInt(t -> t[0]).sum();
            int all = byField.values().stream().mapToInt(t -> t[1]).sum();
            return all == 0 ? 0 : (double) ok / all;
        }

        String table(String title) {
            StringBuilder b = new StringBuilder(String.format("%n%s%n%-22s %8s %7s%n", title, "field", "correct", "share"));
            byField.forEach((field, t) -> b.append(String.format("%-22s %4d/%-4d %6.1f%%%n", field, t[0], t[1], 100.0 * t[0] / t[1])));
            int ok = byField.values().stream().mapToInt(t -> t[0]).sum();
            int all = byField.values().stream().mapToInt(t -> t[1]).sum();
            return b.append(String.format("%-22s %4d/%-4d %6.1f%%%n", "ALL FIELDS", ok, all, 100.0 * accuracy())).toString();
        }
    }

    private Half score(String name) throws Exception {
        DraftComparison clean = new DraftComparison(false);
        DraftComparison noisy = new DraftComparison(true);
        Half half = new Half();
        for (Path text : texts(name)) {
            DraftComparison comparison = noised(text) ? noisy : clean;
            comparison.compare(CorpusTest.name(text), CorpusTest.expected(text), parser.parse(letter(text)));
            half.documents++;
        }
        half.add(clean);
        half.add(noisy);
        return half;
    }

    /** The text without its first line, the "# source: ..." note. */
    static String letter(Path text) throws IOException {
        String all = Files.readString(text);
        return all.startsWith("# source:") ? all.substring(all.indexOf('\n') + 1) : all;
    }

    private static boolean noised(Path text) {
        return CorpusTest.name(text).endsWith("-ocr");
    }


    // ---- worst case: no text up to the accepted size takes more than a second ----

    private static final long SECOND_NANOS = 1_000_000_000L;

    @Test
    void noTextUpToTheAcceptedSizeTakesMoreThanASecond() {
        int size = Drafts.MAX_CHARACTERS;
        Map<String, String> inputs = new TreeMap<>();
        inputs.put("one line, no breaks", fill("Sở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện trước ngày 15/12/2025 ", size, ""));
        inputs.put("one line of letters", "a".repeat(size));
        inputs.put("one line of digits and slashes", fill("12/", size, ""));
        inputs.put("lines of '1.'", fill("1.", size, "\n"));
        inputs.put("numbered items counting up", numbered(size));
        inputs.put("deep a) b) runs", fill("a) Chỉ đạo các trường rà soát;\nb) Báo cáo trước ngày 20 hằng tháng;", size, "\n"));
        inputs.put("repeated Căn cứ", fill("Căn cứ Quyết định số 1234/QĐ-UBND ngày 01/01/2026 của Ủy ban nhân dân thành phố;", size, "\n"));
        inputs.put("many dates", fill("trước ngày 15 tháng 12 năm 2025, chậm nhất ngày 20/12/2025, Quý IV/2025,", size, " "));
        inputs.put("many bullets to Kính gửi", "Kính gửi:\n" + fill("- Ủy ban nhân dân các phường, xã, đặc khu;", size, "\n"));
        inputs.put("many Nơi nhận lines", "Nơi nhận:\n" + fill("- Như trên;", size, "\n"));
        inputs.put("Roman sections", fill("IV. NHIỆM VỤ VÀ GIẢI PHÁP", size, "\n"));
        inputs.put("table rows", fill("| 1 | Nhiệm vụ | Sở Giáo dục và Đào tạo | Các trường THPT | Quý II/2026 |", size, "\n"));
        inputs.put("an article, then blank lines", "Điều 1.\n" + "\n".repeat(size - 8));
        inputs.put("articles counting up", articles(size));
        inputs.put("Công báo stamps", fill("Ký bởi: CÔNG BÁO\nCơ quan: VĂN PHÒNG CHÍNH PHỦ\nCÔNG BÁO/Số 271/Ngày 12-05-2026 85", size, "\n"));
        inputs.put("spaces and tabs", fill(" \t ", size, ""));
        inputs.put("V/v run on", "Số: 12/UBND-VP\n" + fill("V/v ", size, ""));
        inputs.put("capitals only", fill("KẾ HOẠCH TRIỂN KHAI THỰC HIỆN ", size, ""));
        inputs.put("OCR-noised letter repeated", OcrNoise.apply(fill("1. Văn phòng Sở phối hợp với Phòng Giáo dục phổ thông tổng hợp số liệu, hoàn thành trước ngày 20/3/2026;", size, "\n"), 7));
        Map<String, Long> millis = new TreeMap<>();
        inputs.forEach((name, input) -> {
            String text = input.length() > size ? input.substring(0, size) : input;
            // the best of three after a warm-up: catastrophic backtracking is slow every time, the JIT and
            // the garbage collector of a busy 2-core machine only now and then
            parser.parse(text);
            long took = Long.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                long start = System.nanoTime();
                parser.parse(text);
                took = Math.min(took, System.nanoTime() - start);
            }
            millis.put(name, took / 1_000_000);
        });
        System.out.printf("%nWorst-case parse times (%,d characters each at most)%n", size);
        millis.forEach((name, ms) -> System.out.printf("%-34s %6d ms%n", name, ms));
        assertThat(millis).allSatisfy((name, ms) -> assertThat(ms).as(name).isLessThan(SECOND_NANOS / 1_000_000));
    }

    private static String fill(String unit, int size, String separator) {
        StringBuilder b = new StringBuilder(size);
        while (b.length() + unit.length() + separator.length() <= size) {
            b.append(unit).append(separator);
        }
        return b.toString();
    }

    /** "Điều 1. ... chịu trách nhiệm thi hành", "Điều 2. ...", ... up to {@code size} characters. */
    private static String articles(int size) {
        StringBuilder b = new StringBuilder();
        for (int n = 1; b.length() < size; n++) {
            b.append("Điều ").append(n).append(". Giám đốc Sở chịu trách nhiệm thi hành Quyết định này.\n1. Giao Sở.\n\n");
        }
        return b.toString();
    }

    private static String numbered(int size) {
        StringBuilder b = new StringBuilder(size);
        for (int n = 1; ; n++) {
            String line = (n % 99 + 1) + ". Các trường THPT báo cáo Sở trước ngày 15/12/2025 và định kỳ hằng quý.\n";
            if (b.length() + line.length() > size) {
                return b.toString();
            }
            b.append(line);
        }
    }
}
