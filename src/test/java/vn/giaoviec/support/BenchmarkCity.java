package vn.giaoviec.support;

import java.nio.file.Path;
import java.util.List;

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

    private static boolean onPostgres() {
        return "postgres".equals(System.getenv("SPRING_PROFILES_ACTIVE"));
    }
}
