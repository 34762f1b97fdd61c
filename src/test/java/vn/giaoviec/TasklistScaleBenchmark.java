package vn.giaoviec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.FilterService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.giaoviec.support.Api;
import vn.giaoviec.support.BenchmarkCity;

/**
 * Tasklist at scale: 20 directives to the 5,000 schools of a generated city (100,000 open tasks,
 * authorizations on), then a school's clerk opening "Việc của đơn vị tôi" — the two calls Tasklist
 * makes, the filter's first page and its count — 200 times each. Prints p50 and p95. Run on H2:
 * {@code mvn test -Dbenchmarks=none -Dtest=TasklistScaleBenchmark}; on PostgreSQL add the postgres
 * profile's environment (see README). {@code -Dgiaoviec.benchmark.schools} and
 * {@code -Dgiaoviec.benchmark.directives} scale it.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=true",
        // the deployment's batch size (application.yaml), not the tests' small one
        "giaoviec.issue.batch-size=250",
        // the set-up's 100,000 arrival mails would still be going out while the lists are timed (about ten
        // minutes of claiming and marking rows): the figures would measure that backlog, not the list
        "giaoviec.notifications.send-every=0"})
class TasklistScaleBenchmark {

    static final int SCHOOLS = Integer.getInteger("giaoviec.benchmark.schools", 5000);
    static final int DIRECTIVES = Integer.getInteger("giaoviec.benchmark.directives", 20);
    static final int CALLS = 200;
    /** A server that has been answering for a while: the JIT has compiled the list's path (a few hundred calls). */
    static final int WARM_UP = 500;
    static final String MY_UNIT = "Việc của đơn vị tôi";

    @DynamicPropertySource
    static void city(DynamicPropertyRegistry registry) {
        BenchmarkCity.register(registry, SCHOOLS, "tasklist-benchmark");
    }

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FilterService filters;

    @Test
    void aSchoolOpensItsListAmongAHundredThousandOpenTasks() throws InterruptedException {
        long start = System.nanoTime();
        for (int d = 1; d <= DIRECTIVES; d++) {
            var issued = api.as("admin").post("/api/directives", Map.of("number", (9900 + d) + "/SGDĐT-VP",
                    "issuer", "so-gddt", "subject", "V/v đo Tasklist " + d, "items", List.of(Map.of("no", "1",
                            "text", "Báo cáo", "recipients", List.of("truong@ubnd-tp"), "deadline", "2099-12-" + (10 + d % 18)))));
            assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        }
        long expected = (long) SCHOOLS * DIRECTIVES;
        // polling a benchmark's set-up is not a test of time
        while (jdbc.sql("select count(*) from assignment where process_instance_id is not null").query(Long.class).single() < expected) {
            Thread.sleep(500);
        }
        System.out.printf("BENCHMARK tasklist: %d open tasks of %d schools issued in %d s%n", expected, SCHOOLS,
                (System.nanoTime() - start) / 1_000_000_000);
        BenchmarkCity.analyze(jdbc);

        String school = jdbc.sql("select unit_id from assignment order by id").query(String.class).list().get(SCHOOLS / 2);
        String clerk = school + ".focal";
        String filter = filters.createFilterQuery().filterName(MY_UNIT).singleResult().getId();
        String list = "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15";
        String count = "/engine-rest/filter/" + filter + "/count";
        String sorted = "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";
        var page = api.as(clerk).post(list, sorted);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.json()).hasSize(Math.min(15, DIRECTIVES));
        assertThat(api.as(clerk).post(count, Map.of()).json().get("count").asLong()).isEqualTo(DIRECTIVES);

        // as Tasklist calls them: the logged-in browser's session, through the webapp's engine API
        var tasklist = api.tasklist(clerk);
        String tasklistList = "/filter/" + filter + "/list?firstResult=0&maxResults=15";
        String tasklistCount = "/filter/" + filter + "/count";
        var counted = tasklist.post(tasklistCount, Map.of());
        assertThat(counted.status()).as(counted.toString()).isEqualTo(200);
        assertThat(counted.json().get("count").asLong()).isEqualTo(DIRECTIVES);
        Map<String, String> session = tasklist.headers().toSingleValueMap();
        String engineApi = "/camunda/api/engine/engine/default";
        print(clerk, expected, "Tasklist's session", timed(() -> post(engineApi + tasklistList, session, sorted)),
                timed(() -> post(engineApi + tasklistCount, session, "{}")));
        // as another system calls them: /engine-rest, each call authenticated by its password
        Map<String, String> basic = api.as(clerk).basicAuth();
        print(clerk, expected, "/engine-rest with basic auth", timed(() -> post(list, basic, sorted)),
                timed(() -> post(count, basic, "{}")));
    }

    private int post(String path, Map<String, String> headers, String body) {
        return api.postKeptAlive(path, headers, body).status();
    }

    private static void print(String clerk, long tasks, String how, List<Long> lists, List<Long> counts) {
        System.out.printf("BENCHMARK tasklist: %s's \"%s\" among %d tasks: first page p50 %.1f ms, p95 %.1f ms;"
                + " count p50 %.1f ms, p95 %.1f ms (%d calls each, %s)%n", clerk, MY_UNIT, tasks,
                percentile(lists, 50), percentile(lists, 95), percentile(counts, 50), percentile(counts, 95), CALLS, how);
    }

    private static List<Long> timed(Supplier<Integer> call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.get();
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            long start = System.nanoTime();
            assertThat(call.get()).isEqualTo(200);
            nanos.add(System.nanoTime() - start);
        }
        Collections.sort(nanos);
        return nanos;
    }

    private static double percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
