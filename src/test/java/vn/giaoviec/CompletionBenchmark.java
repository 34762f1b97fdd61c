package vn.giaoviec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.giaoviec.support.Api;
import vn.giaoviec.support.BenchmarkCity;
import vn.giaoviec.support.BareEngine;

/**
 * 2,000 schools of one directive receive, report and are accepted through the API by four clients
 * at once, next to Camunda alone completing as many independent tasks with four threads. Prints
 * whether the last completions cost more than the first (they should not: a completion touches its
 * own rows, not its siblings') and every answer that was not a success (an optimistic-locking
 * conflict must never reach a user). Run on H2:
 * {@code mvn test -Dbenchmarks=none -Dtest=CompletionBenchmark};
 * on PostgreSQL add the postgres profile's environment (see README).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=true",
        // the deployment's batch size (application.yaml), not the tests' small one
        "giaoviec.issue.batch-size=250",
        // 2,000 arrival and acceptance mails written to the log would measure the console
        "logging.level.vn.giaoviec.mail=WARN"})
class CompletionBenchmark {

    static final int SCHOOLS = Integer.getInteger("giaoviec.benchmark.schools", 2000);
    static final int WARM_UP = BenchmarkCity.warmUp(SCHOOLS);
    /** Other work's tasks left open meanwhile, as in a busy deployment ({@code -Dgiaoviec.benchmark.open-tasks}). */
    static final int OPEN_TASKS = Integer.getInteger("giaoviec.benchmark.open-tasks", 0);
    static final int CLIENTS = 4;
    static final String NUMBER = "9997/SGDĐT-VP";
    static final String WARM_UP_NUMBER = "9996/SGDĐT-VP";
    static final String REVIEWER = "so-gddt-vp.focal";

    @DynamicPropertySource
    static void city(DynamicPropertyRegistry registry) {
        BenchmarkCity.register(registry, SCHOOLS, "completion-benchmark");
    }

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcessEngine engine;

    record Unit(long assignment, String unit) {
    }

    @Test
    void twoThousandSchoolsReportAndAreAcceptedByFourClientsAtOnce() throws Exception {
        BareEngine bare = new BareEngine(engine);
        bare.openTasks(OPEN_TASKS);
        // each side is timed after a first run of WARM_UP units has compiled its code
        bare.independentTasks(WARM_UP);
        bare.completeAll(CLIENTS);
        bare.stepInstances(WARM_UP);
        bare.completeSteps(CLIENTS);
        bare.independentTasks(SCHOOLS);
        BenchmarkCity.analyze(jdbc);
        long bareMs = bare.completeAll(CLIENTS);
        bare.stepInstances(SCHOOLS);
        BenchmarkCity.analyze(jdbc);
        long bareStepsMs = bare.completeSteps(CLIENTS);

        List<String> someSchools = BenchmarkCity.schools(jdbc, WARM_UP);
        Run warmUp = clients(units(issue(WARM_UP_NUMBER, someSchools)));
        assertThat(warmUp.refused()).as("answers that were not a success").isEmpty();

        long id = issue(NUMBER, List.of("truong@ubnd-tp"));
        List<Unit> units = units(id);
        Run run = clients(units);
        long ms = run.ms();
        // polling a benchmark's end is not a test of time: the figure is what we measure
        while (!"COMPLETED".equals(jdbc.sql("select state from directive where id = ?").param(id).query(String.class).single())) {
            Thread.sleep(50);
        }
        long completedMs = (System.nanoTime() - run.start()) / 1_000_000;
        // the floor under each of those calls: the same clients only reading each assignment three times
        // (authentication, the lookups and the detail a completion's call answers with), no engine work
        Run reads = clients(units, (calls, u) -> {
            for (int i = 0; i < 3; i++) {
                calls.call(() -> api.as(u.unit() + ".focal").getKeptAlive("/api/assignments/" + u.assignment()));
            }
        });

        List<long[]> done = run.done();
        done.sort((a, b) -> Long.compare(a[0], b[0]));
        double first = averageMs(done.subList(0, 100));
        double last = averageMs(done.subList(done.size() - 100, done.size()));
        long failedJobs = engine.getManagementService().createJobQuery().withException().count();
        double ours = 3.0 * units.size() / ms;
        System.out.printf("BENCHMARK completions: %d schools receive, report and are accepted by %d API clients: %d ms"
                + " (%.0f units/s, %.0f task completions/s); directive complete after %d ms; %d other tasks open%n",
                units.size(), CLIENTS, ms, units.size() * 1e3 / ms, ours * 1e3, completedMs, OPEN_TASKS);
        System.out.printf("BENCHMARK completions: an API call with %d clients at once: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                CLIENTS, run.callMs(50), run.callMs(95), run.callMs(100));
        System.out.printf("BENCHMARK completions: first 100 units %.0f ms each, last 100 %.0f ms each (last/first %.2f)%n",
                first, last, last / first);
        System.out.printf("BENCHMARK completions: bare engine completing %d independent tasks with %d threads: %d ms"
                + " (%.0f/s); ratio %.2f (our task completions/s over the bare engine's)%n",
                SCHOOLS, CLIENTS, bareMs, SCHOOLS * 1e3 / bareMs, ours / ((double) SCHOOLS / bareMs));
        System.out.printf("BENCHMARK completions: bare engine taking %d instances through receive, report and review"
                + " tasks with %d threads: %d ms (%.0f task completions/s); ratio %.2f%n",
                SCHOOLS, CLIENTS, bareStepsMs, 3 * SCHOOLS * 1e3 / bareStepsMs, ours / (3.0 * SCHOOLS / bareStepsMs));
        double floorMs = (double) reads.ms() / reads.calls().size() + bareStepsMs / (3.0 * SCHOOLS);
        System.out.printf("BENCHMARK completions: the same clients only reading each assignment three times (GET"
                + " /api/assignments/{id}): %d calls in %d ms (%.0f/s), p50 %.1f ms; with that and the bare three steps'"
                + " engine work alone, the first ratio could be at most %.2f%n", reads.calls().size(), reads.ms(),
                reads.calls().size() * 1e3 / reads.ms(), reads.callMs(50), (1 / floorMs) / ((double) SCHOOLS / bareMs));
        System.out.printf("BENCHMARK completions: the first directive after start, to %d schools: %d ms (%.0f task"
                + " completions/s)%n", warmUp.done().size(), warmUp.ms(), 3e3 * warmUp.done().size() / warmUp.ms());
        System.out.printf("BENCHMARK completions: %d of %d answers were not a success; %d failed jobs%n",
                run.refused().size(), run.calls().size(), failedJobs);
        assertThat(run.refused()).as("answers that were not a success").isEmpty();
        assertThat(reads.refused()).as("reads that were not a success").isEmpty();
        assertThat(failedJobs).isZero();
    }

    /**
     * What the four clients did: when they started, each unit's {finished at, took} in ns, the answers
     * refused, each call's time in ns (sorted).
     */
    record Run(long start, long ms, List<long[]> done, List<String> refused, List<Long> calls) {
        double callMs(int percentile) {
            return calls.get(Math.min(calls.size() - 1, (int) Math.ceil(percentile / 100.0 * calls.size()) - 1)) / 1e6;
        }
    }

    /** Every call's time, and the answers that were not a success. */
    private static final class Calls {
        final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();

        void call(Supplier<Api.Response> request) {
            long began = System.nanoTime();
            Api.Response answer = request.get();
            nanos.add(System.nanoTime() - began);
            if (answer.status() != 200) {
                refused.add(answer.toString());
            }
        }
    }

    /** Four clients take the units through receive, report and acceptance, each unit by one client. */
    private Run clients(List<Unit> units) throws InterruptedException {
        return clients(units, (calls, u) -> {
            String path = "/api/assignments/" + u.assignment();
            var clerk = api.as(u.unit() + ".focal");
            calls.call(() -> clerk.postKeptAlive(path + "/receive", Map.of("mode", "DIRECT")));
            calls.call(() -> clerk.postKeptAlive(path + "/report", Map.of("items",
                    List.of(Map.of("no", "1", "status", "DONE", "result", "Đã hoàn thành")))));
            calls.call(() -> api.as(REVIEWER).postKeptAlive(path + "/review", Map.of("decision", "ACCEPT")));
        });
    }

    /** Four clients each take the next unit and do its work, until none is left. */
    private Run clients(List<Unit> units, BiConsumer<Calls, Unit> work) throws InterruptedException {
        ConcurrentLinkedQueue<Unit> queue = new ConcurrentLinkedQueue<>(units);
        List<long[]> done = Collections.synchronizedList(new ArrayList<>());
        Calls calls = new Calls();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                for (Unit u = queue.poll(); u != null; u = queue.poll()) {
                    long began = System.nanoTime();
                    work.accept(calls, u);
                    long now = System.nanoTime();
                    done.add(new long[]{now, now - began});
                }
            });
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.MINUTES)).as("four clients still busy after 30 minutes").isTrue();
        return new Run(start, (System.nanoTime() - start) / 1_000_000, done, List.copyOf(calls.refused),
                calls.nanos.stream().sorted().toList());
    }

    /** Issues a directive of one item to these recipients, waits until issuing is done (the clients time their own work). */
    private long issue(String number, List<String> recipients) throws InterruptedException {
        long id = BenchmarkCity.issueAndWait(api, jdbc, engine.getManagementService(), number, recipients);
        BenchmarkCity.analyze(jdbc);
        return id;
    }

    private List<Unit> units(long directive) {
        return jdbc.sql("select id, unit_id from assignment where directive_id = ? order by id").param(directive)
                .query((rs, i) -> new Unit(rs.getLong(1), rs.getString(2))).list();
    }

    private static double averageMs(List<long[]> slice) {
        return slice.stream().mapToLong(d -> d[1]).average().orElse(0) / 1e6;
    }
}
