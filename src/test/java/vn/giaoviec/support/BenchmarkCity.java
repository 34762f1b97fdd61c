package vn.giaoviec.support;

import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

import vn.giaoviec.org.CityOrganisation;

/** What every benchmark runs on: a generated city as the organisation, on its own in-memory H2 unless PostgreSQL is given. */
public final class BenchmarkCity {

    private BenchmarkCity() {
    }

    public static void register(DynamicPropertyRegistry registry, int schools, String database) {
        Path file = CityOrganisation.write(Path.of("target", "city-" + schools + ".yaml"), schools);
        registry.add("giaoviec.org.location", () -> "file:" + file.toAbsolutePath());
        if (!"postgres".equals(System.getenv("SPRING_PROFILES_ACTIVE"))) {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1");
        }
    }
}
