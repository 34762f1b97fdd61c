package vn.giaoviec.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

import vn.giaoviec.org.CityOrganisation;

/** What every benchmark runs on: a generated city as the organisation, on its own in-memory H2 unless PostgreSQL is given. */
public final class BenchmarkCity {

    private BenchmarkCity() {
    }

    public static void register(DynamicPropertyRegistry registry, int schools, String database) {
        Path file = CityOrganisation.write(Path.of("target", "city-" + schools + ".yaml"), schools);
        registry.add("giaoviec.org.location", () -> "file:" + file.toAbsolutePath());
        if (!onPostgres()) {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1");
        }
    }

    /**
     * After a set-up that filled the tables at once, PostgreSQL's statistics as its autovacuum would
     * have them a minute later in production. A server running without autovacuum (as a CI machine
     * may) otherwise plans on an empty database's guesses: 5 ms instead of 0.1 ms for a lookup by
     * assignment among 100,000 watches.
     */
    public static void analyze(JdbcClient jdbc) {
        if (onPostgres()) {
            jdbc.sql("analyze").update();
        }
    }

    /** How many units a benchmark's first, untimed run takes: a tenth, at most the 200 a letter can name one by one. */
    public static int warmUp(int schools) {
        return Math.min(schools / 10, 200);
    }

    /** The first {@code count} schools of the city by id, to name as a letter's recipients. */
    public static List<String> schools(JdbcClient jdbc, int count) {
        return jdbc.sql("select id from unit where kind in ('mam-non', 'tieu-hoc', 'thcs', 'thpt') order by id limit ?")
                .param(count).query(String.class).list();
    }

    /**
     * Issues a directive of one item, monitored by the Sở's office, to these recipients and waits until
     * issuing has run to its end: every assignment's process started and no job left; the directive's id.
     */
    public static long issueAndWait(Api api, JdbcClient jdbc, ManagementService jobs, String number, List<String> recipients)
            throws InterruptedException {
        var issued = api.as("admin").post("/api/directives", Map.of("number", number, "issuer", "so-gddt",
                "monitoringUnit", "so-gddt-vp", "subject", "V/v đo thời gian " + number, "items", List.of(Map.of(
                        "no", "1", "text", "Báo cáo", "recipients", recipients, "deadline", "2099-12-31"))));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        long id = issued.json().get("id").asLong();
        int expected = issued.json().get("assignmentCount").asInt();
        // polling a benchmark's set-up is not a test of time
        while (jdbc.sql("select count(*) from assignment where directive_id = ? and process_instance_id is not null")
                .param(id).query(Long.class).single() < expected || jobs.createJobQuery().executable().count() > 0) {
            Thread.sleep(50);
        }
        return id;
    }

    private static boolean onPostgres() {
        return "postgres".equals(System.getenv("SPRING_PROFILES_ACTIVE"));
    }
}
