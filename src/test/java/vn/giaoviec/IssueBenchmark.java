package vn.giaoviec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.giaoviec.org.CityOrganisation;
import vn.giaoviec.support.Api;

/**
 * How long issuing one directive to a city of 2,000 schools takes until every school has its task,
 * with the real job executor. Run on H2:
 * {@code mvn test -Dbenchmarks=none -Dtest=IssueBenchmark};
 * on PostgreSQL add the postgres profile's environment (see README).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=true")
class IssueBenchmark {

    static final int SCHOOLS = Integer.getInteger("giaoviec.benchmark.schools", 2000);

    @DynamicPropertySource
    static void city(DynamicPropertyRegistry registry) {
        Path file = CityOrganisation.write(Path.of("target", "city-" + SCHOOLS + ".yaml"), SCHOOLS);
        registry.add("giaoviec.org.location", () -> "file:" + file.toAbsolutePath());
        if (!"postgres".equals(System.getenv("SPRING_PROFILES_ACTIVE"))) {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1");
        }
    }

    @Autowired
    Api api;
    @Autowired
    TaskService tasks;

    @Test
    void issueToEverySchoolOfTheCity() throws InterruptedException {
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
            assertThat(System.nanoTime() - start).as("still issuing after 10 minutes").isLessThan(600_000_000_000L);
        }
        long done = System.nanoTime();
        System.out.printf("BENCHMARK issue: %d schools; request answered in %d ms; every school has its task after %d ms"
                        + " (%.0f assignments/s)%n", count, (answered - start) / 1_000_000, (done - start) / 1_000_000,
                count * 1e9 / (done - start));
    }
}
