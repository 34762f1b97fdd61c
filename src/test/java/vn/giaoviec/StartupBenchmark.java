package vn.giaoviec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import vn.giaoviec.org.NationOrganisation;
import vn.giaoviec.support.ChildNode;
import vn.giaoviec.support.NodeDatabase;

/**
 * Start-up with a national organisation (50,000 units, 100,000 people), as an operator sees it: the
 * application started in a JVM of its own on an empty database until every start-up runner has run
 * (the organisation loaded), stopped, then started again on the same database with nothing changed.
 * Prints both times and the heap in use after each start (after a full GC). Run on H2 (a file, like the
 * embedded default): {@code mvn test -Dbenchmarks=none -Dtest=StartupBenchmark}; on PostgreSQL add the
 * postgres profile's environment (see README): the benchmark makes a database of its own on that server
 * and drops it. {@code -Dgiaoviec.benchmark.units} scales it; {@code -Dgiaoviec.benchmark.jvm} gives the
 * nodes' JVM options (default {@code -Xmx1g}), e.g. a flight recording
 * ({@code "-Xmx1g -XX:StartFlightRecording=filename=target/startup.jfr,settings=profile"}).
 */
@Tag("benchmark")
class StartupBenchmark {

    static final int UNITS = Integer.getInteger("giaoviec.benchmark.units", 50_000);
    static final String JVM = System.getProperty("giaoviec.benchmark.jvm", "-Xmx1g");
    static final Duration WITHIN = Duration.ofMinutes(20);
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    @Test
    void startTwiceOnTheNationsOrganisation() {
        Path dir = Path.of("target", "startup", "run-" + System.currentTimeMillis());
        Path file = NationOrganisation.write(dir.resolve("nation-" + UNITS + ".yaml"), UNITS);
        NodeDatabase db = NodeDatabase.fresh("startup", dir);
        Map<String, String> settings = Map.of("spring.datasource.url", db.url(),
                "giaoviec.org.location", "file:" + file.toAbsolutePath());
        try {
            Start first = start("first", settings, dir);
            Start second = start("second", settings, dir);
            System.out.printf("BENCHMARK startup: %d units; first start %.1f s, second start %.1f s;"
                            + " heap used after start (after a full GC) %d MB, %d MB; JVM %s%n",
                    UNITS, first.seconds(), second.seconds(), first.heapMb(), second.heapMb(), JVM);
        } finally {
            db.drop();
        }
    }

    record Start(double seconds, long heapMb) {
    }

    private static Start start(String name, Map<String, String> settings, Path dir) {
        long begin = System.nanoTime();
        try (ChildNode node = ChildNode.start(name, settings, dir, List.of(JVM.split(" +")), WITHIN)) {
            double seconds = (System.nanoTime() - begin) / 1e9;
            jcmd(node.pid(), "GC.run");
            Matcher used = USED.matcher(jcmd(node.pid(), "GC.heap_info"));
            return new Start(seconds, used.find() ? Long.parseLong(used.group(1)) / 1024 : -1);
        }
    }

    private static String jcmd(long pid, String command) {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(pid), command).redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
