package vn.giaoviec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
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
 * How long issuing one directive to a city of 2,000 schools takes until every school has its task and
 * every deadline is watched, with the real job executor, next to Camunda alone cascading to as many
 * children in the same JVM and database ({@link BareEngine}); then how long an ad hoc report round
 * to the same schools takes until every school has its round task and its deadline watched. Run on H2:
 * {@code mvn test -Dbenchmarks=none -Dtest=IssueBenchmark};
 * on PostgreSQL add the postgres profile's environment (see README).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // the deployment's batch size (application.yaml), not the tests' small one
        properties = {"camunda.bpm.job-execution.enabled=true", "giaoviec.issue.batch-size=250"})
class IssueBenchmark {

    static final int SCHOOLS = Integer.getInteger("giaoviec.benchmark.schools", 2000);
    static final int WARM_UP = BenchmarkCity.warmUp(SCHOOLS);
    static final boolean BARE = Boolean.parseBoolean(System.getProperty("giaoviec.benchmark.bare", "true"));

    @DynamicPropertySource
    static void city(DynamicPropertyRegistry registry) {
        BenchmarkCity.register(registry, SCHOOLS, "benchmark");
    }

    @Autowired
    Api api;
    @Autowired
    TaskService tasks;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;

    @Test
    void issueToEverySchoolOfTheCity() throws InterruptedException {
        // Camunda alone cannot be the yardstick at a nation's size: one multi-instance transaction of
        // 50,000 children spends minutes ordering its flush; -Dgiaoviec.benchmark.bare=false leaves it out
        long bareMs = 0;
        if (BARE) {
            BareEngine bare = new BareEngine(engine);
            bare.cascade("warm-up", WARM_UP);
            bareMs = bare.cascade("bare", SCHOOLS);
        }
        // the bare cascade is timed after a run that compiled its code; ours is too: a first directive to
        // WARM_UP schools, as on a server that has issued before
        List<String> someSchools = BenchmarkCity.schools(jdbc, WARM_UP);
        long warmUpStart = System.nanoTime();
        BenchmarkCity.issueAndWait(api, jdbc, engine.getManagementService(), "9998/SGDĐT-VP", someSchools);
        System.out.printf("BENCHMARK issue warm-up: the first directive after start, to %d schools, issued to its end (every"
                + " deadline watched, no job left) after %d ms%n", someSchools.size(), (System.nanoTime() - warmUpStart) / 1_000_000);

        String body = """
                {"number": "9999/SGDĐT-VP", "issuer": "so-gddt", "subject": "V/v đo thời gian giao việc",
                 "items": [{"no": "1", "text": "Báo cáo", "recipients": ["truong@ubnd-tp"], "deadline": "2099-12-31"}]}""";
        long start = System.nanoTime();
        var issued = api.as("admin").post("/api/directives", body);
        long answered = System.nanoTime();
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        int expected = issued.json().get("assignmentCount").asInt();
        assertThat(expected).isEqualTo(SCHOOLS);

        long count = 0;
        // polling a benchmark's end is not a test of time: the figure is what we measure
        while ((count = tasks.createTaskQuery().processInstanceBusinessKey("9999/SGDĐT-VP").count()) < expected) {
            Thread.sleep(100);
            // a failed batch waits a minute for its retry: stop at the first one, it is what to look at
            var failed = engine.getManagementService().createJobQuery().withException().list();
            assertThat(failed).as(failed.isEmpty() ? "" : failed.get(0).getExceptionMessage()).isEmpty();
            assertThat(System.nanoTime() - start).as("still issuing after 10 minutes").isLessThan(600_000_000_000L);
        }
        long done = System.nanoTime();
        long id = issued.json().get("id").asLong();
        while (jdbc.sql("select count(*) from deadline_watch where directive_id = ?").param(id).query(Long.class).single() < expected) {
            Thread.sleep(20);
        }
        long watched = System.nanoTime();
        // the batches run side by side, yet the schools of the one deadline share one watch and its timer
        assertThat(jdbc.sql("select count(*) from deadline_group where directive_id = ?").param(id).query(Long.class).single())
                .isEqualTo(1);
        System.out.printf("BENCHMARK issue: %d schools; request answered in %d ms; every school has its task after %d ms"
                        + " (%.0f assignments/s)%n", count, (answered - start) / 1_000_000, (done - start) / 1_000_000,
                count * 1e9 / (done - start));
        long oursMs = (watched - start) / 1_000_000;
        Runtime heap = Runtime.getRuntime();
        System.gc();
        System.out.printf("BENCHMARK issue heap: %d MB used after a full GC, at most %d MB (-Xmx)%n",
                (heap.totalMemory() - heap.freeMemory()) >> 20, heap.maxMemory() >> 20);
        System.out.printf("BENCHMARK issue until every deadline is watched: %d ms; %s%n", oursMs, !BARE ? "bare engine left out"
                : String.format("bare engine's multi-instance cascade to %d children: %d ms; ratio %.2f (bare time / ours)",
                SCHOOLS, bareMs, (double) bareMs / oursMs));

        // the round is measured on its own, once issuing's last counting steps have run
        String directiveProcess = jdbc.sql("select process_instance_id from directive where id = ?").param(id)
                .query(String.class).single();
        while (engine.getManagementService().createJobQuery().processInstanceId(directiveProcess).count() > 0) {
            Thread.sleep(20);
        }
        long roundStart = System.nanoTime();
        var round = api.as("admin").post("/api/directives/" + id + "/report-requests",
                Map.of("subject", "Báo cáo nhanh số liệu đầu năm", "deadline", "2099-06-30"));
        long roundAnswered = System.nanoTime();
        assertThat(round.status()).as(round.toString()).isEqualTo(201);
        long roundId = round.json().get("id").asLong();
        long roundTasks;
        while ((roundTasks = tasks.createTaskQuery().processDefinitionKey("round-report")
                .processInstanceBusinessKey("9999/SGDĐT-VP").count()) < expected) {
            Thread.sleep(50);
            var failed = engine.getManagementService().createJobQuery().withException().list();
            assertThat(failed).as(failed.isEmpty() ? "" : failed.get(0).getExceptionMessage()).isEmpty();
        }
        long roundDone = System.nanoTime();
        while (jdbc.sql("select count(*) from deadline_watch w join round_report r on r.id = w.round_report_id"
                + " where r.round_id = ?").param(roundId).query(Long.class).single() < expected) {
            Thread.sleep(20);
        }
        long roundWatched = System.nanoTime();
        // the round's batches run side by side too, and its reports share the watch of their one deadline
        assertThat(jdbc.sql("select count(*) from deadline_group where directive_id = ? and due = ?")
                .params(id, java.sql.Date.valueOf("2099-06-30")).query(Long.class).single()).isEqualTo(1);
        System.out.printf("BENCHMARK round: %d schools asked for an ad hoc report; request answered in %d ms; every school"
                        + " has its task after %d ms, its deadline watched after %d ms (%.0f reports/s)%n", roundTasks,
                (roundAnswered - roundStart) / 1_000_000, (roundDone - roundStart) / 1_000_000,
                (roundWatched - roundStart) / 1_000_000, roundTasks * 1e9 / (roundWatched - roundStart));
    }
}
