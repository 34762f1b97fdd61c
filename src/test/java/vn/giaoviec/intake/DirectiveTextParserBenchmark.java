package vn.giaoviec.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import vn.giaoviec.kernel.WorkCalendar;

/**
 * Issue 4 asks a 20-page text to be read in under 50 ms. Builds one plan of about 60,000
 * characters from the corpus texts: one letterhead and preamble, the corpus's numbered tasks and
 * bullets repeated and renumbered, the end, and an appendix task table of the corpus's rows
 * repeated. Parses it (and an OCR-noised copy) after a warm-up and reports the medians of the
 * wall-clock time and of the parsing thread's CPU time. The target is held on CPU time: on a
 * shared machine the wall clock mostly measures the wait for a free core. Not part of the normal
 * run ({@code excludedGroups} in the pom); run it with
 * {@code mvn test -Dtest=DirectiveTextParserBenchmark -Dbenchmarks=none}.
 */
@Tag("benchmark")
class DirectiveTextParserBenchmark {

    private static final int TWENTY_PAGES = 60_000;
    private static final int WARM_UP = 150;
    private static final int RUNS = 31;
    private static final Pattern TASK = Pattern.compile("^\\d{1,2}\\. (\\p{L}.+)$");
    private static final Pattern ROW = Pattern.compile("^\\| \\d+ \\|(.+)$");

    private final DirectiveTextParser parser = new DirectiveTextParser(TestOrganisation.units(), WorkCalendar.fromClasspath());

    @Test
    void readsTwentyPagesInUnderFiftyMilliseconds() throws Exception {
        String plan = twentyPagePlan();
        assertThat(parser.parse(plan).items()).hasSizeGreaterThan(200);

        double[] clean = medianMillis(plan);
        double[] noised = medianMillis(OcrNoise.apply(plan, 1));
        System.out.printf("%nBenchmark: %,d characters, median of %d parses after %d warm-up, load average %s:%n"
                + "  clean:       %.1f ms CPU, %.1f ms wall clock%n  OCR-noised:  %.1f ms CPU, %.1f ms wall clock%n",
                plan.length(), RUNS, WARM_UP, loadAverage(), clean[0], clean[1], noised[0], noised[1]);
        assertThat(clean[0]).isLessThan(50);
        assertThat(noised[0]).isLessThan(50);
    }

    private static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format("%.1f on %d cores", load, Runtime.getRuntime().availableProcessors());
    }

    static String twentyPagePlan() throws Exception {
        List<String> tasks = new ArrayList<>();
        List<String> bullets = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (Path text : CorpusTest.texts()) {
            for (String line : Files.readAllLines(text)) {
                Matcher task = TASK.matcher(line);
                Matcher row = ROW.matcher(line);
                if (task.matches()) {
                    tasks.add(task.group(1));
                } else if (row.matches()) {
                    rows.add(row.group(1));
                } else if (line.startsWith("- ") && line.length() > 60) {
                    bullets.add(line);
                }
            }
        }
        List<String> doc = Files.readAllLines(CorpusTest.texts().stream()
                .filter(p -> p.getFileName().toString().startsWith("04-")).findFirst().orElseThrow());
        StringBuilder b = new StringBuilder(String.join("\n", doc.subList(0, doc.indexOf("II. NHIỆM VỤ VÀ GIẢI PHÁP") + 1)));
        int n = 0;
        while (b.length() < TWENTY_PAGES * 2 / 3) {
            n++;
            b.append('\n').append(n).append(". ").append(tasks.get(n % tasks.size()));
            b.append('\n').append(bullets.get(n % bullets.size()));
        }
        b.append("\n\n").append(String.join("\n", doc.subList(doc.indexOf("Trên đây là Kế hoạch triển khai chuyển đổi số "
                + "trong quản lý giáo dục năm 2026 của Sở Giáo dục và Đào tạo./."), doc.indexOf("| 1 | Xây dựng kho dữ liệu "
                + "dùng chung của ngành | Văn phòng Sở | Phòng Giáo dục phổ thông | Quý II/2026 |"))));
        for (int row = 1; b.length() < TWENTY_PAGES; row++) {
            b.append("\n| ").append(row).append(" |").append(rows.get(row % rows.size()));
        }
        return b.toString();
    }

    /** Median CPU and wall-clock milliseconds of one parse. */
    private double[] medianMillis(String text) {
        for (int i = 0; i < WARM_UP; i++) {
            parser.parse(text);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] cpu = new double[RUNS];
        double[] wall = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            parser.parse(text);
            wall[i] = (System.nanoTime() - wallStart) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        return new double[] {cpu[RUNS / 2], wall[RUNS / 2]};
    }
}
