package vn.giaoviec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.function.LongSupplier;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.giaoviec.deadline.DeadlineProcess;
import vn.giaoviec.kernel.Time;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.BareEngine;
import vn.giaoviec.support.BenchmarkCity;
import vn.giaoviec.support.Scenario;

/**
 * The storm after a city-wide deadline: one directive to the 2,000 schools of a generated city, then
 * the engine's clock moved past the reminder day, the deadline and the grace, each time with 2,000
 * units falling due in the same minute (one shared timer), worked off by the real job executor.
 * Prints how long each storm takes until every school's step is done, and how long until the one
 * follow-up (escalation) task lists them all, next to Camunda alone working off as many timers due
 * in the same minute. Run on H2:
 * {@code mvn test -Dbenchmarks=none -Dtest=DeadlineStormBenchmark};
 * on PostgreSQL add the postgres profile's environment (see README).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=true",
        // the deployment's batch size (application.yaml), not the tests' small one
        "giaoviec.issue.batch-size=250",
        // the clock jumps: let an idle executor look again soon instead of backing off for a minute
        "camunda.bpm.job-execution.wait-time-in-millis=200",
        "camunda.bpm.job-execution.max-wait=1000",
        // 6,000 mails written to the log would measure the console, not the engine
        "logging.level.vn.giaoviec.deadline.Notifier=WARN"})
class DeadlineStormBenchmark {

    static final int SCHOOLS = Integer.getInteger("giaoviec.benchmark.schools", 2000);
    static final String NUMBER = "9998/SGDĐT-VP";

    @DynamicPropertySource
    static void city(DynamicPropertyRegistry registry) {
        BenchmarkCity.register(registry, SCHOOLS, "deadline-benchmark");
    }

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    ProcessEngine engine;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void twoThousandDeadlinesFallDueInTheSameMinute() throws InterruptedException {
        // Camunda alone: as many timers due in the same minute, each doing a little work
        Scenario.clock(2026, 3, 1, 9, 0);
        BareEngine bare = new BareEngine(engine);
        bare.timers(SCHOOLS, Date.from(LocalDateTime.of(2026, 3, 2, 0, 0).atZone(Time.ZONE).toInstant()));
        Scenario.clock(2026, 3, 2, 0, 0);
        long bareMs = waitFor("bare engine's timers", System.nanoTime(), () -> bare.timersDone() ? SCHOOLS : 0, SCHOOLS);

        Scenario.clock(2026, 3, 2, 9, 0);
        String body = """
                {"number": "%s", "issuer": "so-gddt", "monitoringUnit": "so-gddt-vp",
                 "subject": "V/v đo thời gian xử lý thời hạn",
                 "items": [{"no": "1", "text": "Báo cáo", "recipients": ["truong@ubnd-tp"], "deadline": "2026-03-13"}]}"""
                .formatted(NUMBER);
        long start = System.nanoTime();
        var issued = api.as("admin").post("/api/directives", body);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        long id = issued.json().get("id").asLong();
        int schools = issued.json().get("assignmentCount").asInt();
        assertThat(schools).isEqualTo(SCHOOLS);
        long issuing = waitFor("issued, every deadline watched", start, () -> count(
                "select count(*) from deadline_watch where directive_id = ? and group_id is not null", id), schools);

        // Friday 13/3: reminders on Tuesday 10/3, 00:00
        Scenario.clock(2026, 3, 10, 0, 0);
        long reminders = waitFor("reminders", System.nanoTime(), () -> count(
                "select count(*) from deadline_watch where directive_id = ? and reminded_at is not null", id), schools);

        // the deadline passes at 00:00 on Saturday 14/3
        Scenario.clock(2026, 3, 14, 0, 0);
        long overdue = waitFor("overdue", System.nanoTime(), () -> count(
                "select count(*) from deadline_watch where directive_id = ? and overdue_at is not null", id), schools);
        Scenario.clock(2026, 3, 14, 0, 16);
        long followUp = waitFor("follow-up listed", System.nanoTime(), () -> listed(DeadlineProcess.FOLLOW_UP), schools);

        // two working days of grace (Monday 16, Tuesday 17): escalation at 00:00 on Wednesday 18/3
        Scenario.clock(2026, 3, 18, 0, 0);
        long escalated = waitFor("escalated", System.nanoTime(), () -> count(
                "select count(*) from deadline_watch where directive_id = ? and esc_level >= 1", id), schools);
        Scenario.clock(2026, 3, 18, 0, 16);
        long escalation = waitFor("escalation listed", System.nanoTime(), () -> listed(DeadlineProcess.ESCALATION), schools);

        assertThat(tasks.createTaskQuery().processDefinitionKey(DeadlineProcess.FOLLOW_UP).processInstanceBusinessKey(NUMBER)
                .count()).isEqualTo(1);
        assertThat(tasks.createTaskQuery().processDefinitionKey(DeadlineProcess.ESCALATION).processInstanceBusinessKey(NUMBER)
                .count()).isEqualTo(1);
        long failed = management.createJobQuery().withException().count();
        System.out.printf("BENCHMARK deadlines: %d schools on %s%n", schools, database());
        System.out.printf("BENCHMARK   issuing until every deadline is watched: %d ms%n", issuing);
        System.out.printf("BENCHMARK   reminder storm (%d units, one timer): %d ms (%.0f units/s)%n", schools, reminders, schools * 1e3 / reminders);
        System.out.printf("BENCHMARK   deadline storm (%d units, one timer: OVERDUE, FOLLOW_UP, one follow-up case): %d ms (%.0f units/s)%n",
                schools, overdue, schools * 1e3 / overdue);
        System.out.printf("BENCHMARK   one follow-up task listing %d units: %d ms%n", schools, followUp);
        System.out.printf("BENCHMARK   escalation storm (%d units, one timer): %d ms (%.0f units/s)%n", schools, escalated, schools * 1e3 / escalated);
        System.out.printf("BENCHMARK   one escalation task listing %d units: %d ms%n", schools, escalation);
        System.out.printf("BENCHMARK   bare engine, %d timers due in the same minute, each doing its work: %d ms (%.0f/s);"
                + " ratios (bare time / ours): reminders %.1f, deadline %.1f, escalation %.1f%n", SCHOOLS, bareMs,
                SCHOOLS * 1e3 / bareMs, (double) bareMs / reminders, (double) bareMs / overdue, (double) bareMs / escalated);
        System.out.printf("BENCHMARK   jobs that failed and wait for a retry: %d%n", failed);
        assertThat(failed).isZero();
    }

    private long listed(String process) {
        var task = tasks.createTaskQuery().processDefinitionKey(process).processInstanceBusinessKey(NUMBER).singleResult();
        Object count = task == null ? null : tasks.getVariableLocal(task.getId(), "lateCount");
        return count == null ? 0 : ((Number) count).longValue();
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    /** Milliseconds from {@code start} until {@code done} reaches {@code expected}; printed as it is measured. */
    private long waitFor(String what, long start, LongSupplier done, long expected) throws InterruptedException {
        // polling a benchmark's end is not a test of time: the figure is what we measure
        while (done.getAsLong() < expected) {
            Thread.sleep(50);
            // the clock stands still, so a failed job's retry would never come: stop at the first one
            var failed = management.createJobQuery().withException().list();
            assertThat(failed).as(what + ": " + (failed.isEmpty() ? "" : failed.get(0).getExceptionMessage())).isEmpty();
            assertThat(System.nanoTime() - start).as(what + " still running after 10 minutes").isLessThan(600_000_000_000L);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("BENCHMARK   ... %s: %d ms%n", what, ms);
        return ms;
    }

    private String database() {
        return jdbc.sql("select 1").query(Integer.class).single() == 1
                ? System.getenv().getOrDefault("SPRING_DATASOURCE_URL", "H2 (in memory)") : "?";
    }
}
