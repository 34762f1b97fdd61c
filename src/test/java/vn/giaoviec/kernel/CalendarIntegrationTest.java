package vn.giaoviec.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.support.Api;

/** {@code GET /api/calendar/working-days}: Tết 2026, counting back, unknown years, bad input. */
@IntegrationTest
class CalendarIntegrationTest {

    @Autowired
    Api api;
    @Autowired
    TestRestTemplate anonymous;

    @Test
    void countsWorkingDaysForwardAndBackAroundTet() {
        assertThat(date("from=2026-02-13&add=5")).isEqualTo("2026-02-27");
        assertThat(date("from=2026-02-27&add=-5")).isEqualTo("2026-02-13");
        assertThat(date("from=2026-02-14&add=0")).isEqualTo("2026-02-14");
        // Saturday 10/1/2026 is worked, Friday 2/1 is not
        assertThat(date("from=2025-12-31&add=2")).isEqualTo("2026-01-06");
        assertThat(date("from=2026-01-09&add=1")).isEqualTo("2026-01-10");
    }

    @Test
    void aYearWithoutACalendarFileStillCounts() {
        // 2030: Monday to Friday minus the fixed-date holidays (30/4 and 1/5 are Tuesday and Wednesday)
        assertThat(date("from=2030-04-29&add=2")).isEqualTo("2030-05-03");
    }

    @Test
    void badInputIsABadRequest() {
        for (String query : new String[]{"add=5", "from=2026-02-13", "from=13/02/2026&add=5", "from=2026-02-13&add=five",
                "from=2026-02-13&add=100000"}) {
            var response = api.as("thpt-tran-phu.focal").get("/api/calendar/working-days?" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.json().get("error").asText()).isNotBlank();
        }
        assertThat(anonymous.getForEntity("/api/calendar/working-days?from=2026-02-13&add=5", String.class)
                .getStatusCode().value()).isEqualTo(401);
    }

    private String date(String query) {
        var response = api.as("thpt-tran-phu.focal").get("/api/calendar/working-days?" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("date").asText();
    }
}
