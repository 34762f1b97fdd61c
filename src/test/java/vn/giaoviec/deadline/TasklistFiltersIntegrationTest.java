package vn.giaoviec.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.Scenario;

/**
 * The filters a unit's user finds in Tasklist, called as Tasklist calls them (/engine-rest/filter,
 * as the user): in order, each listing the unit's tasks by deadline, the most overdue first.
 */
@IntegrationTest
class TasklistFiltersIntegrationTest {

    @Autowired
    Api api;
    @Autowired
    Scenario scenario;

    @Test
    void aSchoolFindsItsWorkDueSoonAndOverdueWithoutSearching() {
        scenario.at(2026, 10, 1, 9, 0);
        scenario.issue("9171/SGDĐT-VP", List.of("thpt-tran-phu"), LocalDate.of(2026, 9, 25), Map.of());
        scenario.issue("9172/SGDĐT-VP", List.of("thpt-tran-phu"), LocalDate.of(2026, 10, 5), Map.of());
        scenario.issue("9173/SGDĐT-VP", List.of("thpt-tran-phu"), LocalDate.of(2026, 12, 30), Map.of());

        JsonNode filters = api.as("thpt-tran-phu.focal").get("/engine-rest/filter?resourceType=Task").json();
        List<String> names = new ArrayList<>();
        filters.forEach(f -> names.add(f.get("properties").get("priority").asInt() + " " + f.get("name").asText()));
        // Tasklist shows them by priority, the first one selected; the admins' "Tất cả nhiệm vụ" is not among them
        assertThat(names.stream().sorted((a, b) -> Integer.compare(Integer.parseInt(a.split(" ")[0]),
                Integer.parseInt(b.split(" ")[0]))).map(n -> n.substring(n.indexOf(' ') + 1)).toList())
                .containsExactly("Việc của đơn vị tôi", "Sắp đến hạn", "Quá hạn", "Chờ tôi duyệt");

        assertThat(mine(list("thpt-tran-phu.focal", filters, "Việc của đơn vị tôi"), "917"))
                .containsExactly("9171/SGDĐT-VP", "9172/SGDĐT-VP", "9173/SGDĐT-VP");
        assertThat(mine(list("thpt-tran-phu.focal", filters, "Sắp đến hạn"), "917")).containsExactly("9172/SGDĐT-VP");
        assertThat(mine(list("thpt-tran-phu.focal", filters, "Quá hạn"), "917")).containsExactly("9171/SGDĐT-VP");
        assertThat(mine(list("thpt-ngo-quyen.focal", filters, "Việc của đơn vị tôi"), "917")).isEmpty();
    }

    @Test
    void adminLandsOnEveryOpenTaskNotOnAnEmptyUnitList() {
        scenario.at(2026, 10, 1, 9, 0);
        scenario.issue("9265/SGDĐT-VP", List.of("thpt-tran-phu"), LocalDate.of(2026, 10, 20), Map.of());

        JsonNode filters = api.as("admin").get("/engine-rest/filter?resourceType=Task").json();
        List<JsonNode> sorted = new ArrayList<>();
        filters.forEach(sorted::add);
        sorted.sort((a, b) -> Integer.compare(a.get("properties").get("priority").asInt(),
                b.get("properties").get("priority").asInt()));
        // Tasklist selects the first filter by priority
        assertThat(sorted.get(0).get("name").asText()).isEqualTo("Tất cả nhiệm vụ");
        assertThat(mine(list("admin", filters, "Tất cả nhiệm vụ"), "9265")).containsExactly("9265/SGDĐT-VP");
        assertThat(list("admin", filters, "Việc của đơn vị tôi")).isEmpty();
    }

    @Test
    void theOfficeFindsTheReportsWaitingForItsReview() {
        scenario.at(2026, 10, 1, 9, 0);
        long id = scenario.issue("9181/SGDĐT-VP", List.of("thpt-ngo-quyen", "thpt-tran-phu"), LocalDate.of(2026, 10, 20),
                Map.of());
        scenario.receiveAndReport(scenario.assignment(id, "thpt-ngo-quyen"), "thpt-ngo-quyen");

        JsonNode filters = api.as("so-gddt-vp.focal").get("/engine-rest/filter?resourceType=Task").json();
        List<JsonNode> waiting = list("so-gddt-vp.focal", filters, "Chờ tôi duyệt");
        assertThat(waiting).extracting(t -> t.get("name").asText())
                .contains("Xem xét báo cáo · 9181/SGDĐT-VP · Trường THPT Ngô Quyền");
        assertThat(mine(waiting, "9181")).hasSize(1);
    }

    @Test
    void tasklistsOwnCallListsTheTasksWithTheirProcessAndDeadlineInTasklistsDateFormat() {
        scenario.at(2026, 10, 1, 9, 0);
        scenario.issue("9361/SGDĐT-VP", List.of("thpt-tran-phu"), LocalDate.of(2026, 10, 20), Map.of());
        JsonNode filters = api.as("thpt-tran-phu.focal").get("/engine-rest/filter?resourceType=Task").json();
        String id = filterId(filters, "Việc của đơn vị tôi");
        var tasklist = api.tasklist("thpt-tran-phu.focal");
        // twice: the second answer comes partly from the REST API's caches and must not differ
        for (int call = 1; call <= 2; call++) {
            var page = tasklist.post("/filter/" + id + "/list?firstResult=0&maxResults=50",
                    Map.of("sorting", List.of(Map.of("sortBy", "dueDate", "sortOrder", "asc"))));
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            JsonNode embedded = page.json().get("_embedded");
            JsonNode task = null;
            for (JsonNode t : embedded.get("task")) {
                task = t.get("name").asText().contains("9361/SGDĐT-VP") ? t : task;
            }
            assertThat(task).as("call " + call + ": " + page).isNotNull();
            // Tasklist reads dates in Camunda's own format; another would show no deadline or a wrong one
            assertThat(task.get("due").asText()).as("call " + call).matches("2026-10-20T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\+0700");
            assertThat(embedded.get("processDefinition").findValuesAsText("key")).as("call " + call).contains("assignment");
            assertThat(page.json().get("count").asLong()).as("call " + call).isPositive();
        }
    }

    private List<JsonNode> list(String user, JsonNode filters, String name) {
        String id = filterId(filters, name);
        var listed = api.as(user).post("/engine-rest/filter/" + id + "/list?firstResult=0&maxResults=500", Map.of());
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        List<JsonNode> tasks = new ArrayList<>();
        listed.json().forEach(tasks::add);
        return tasks;
    }

    private static String filterId(JsonNode filters, String name) {
        String id = null;
        for (JsonNode f : filters) {
            if (f.get("name").asText().equals(name)) {
                id = f.get("id").asText();
            }
        }
        assertThat(id).as("filter " + name).isNotNull();
        return id;
    }

    /** The letter numbers in this test's tasks, in the filter's order. */
    private static List<String> mine(List<JsonNode> tasks, String prefix) {
        return tasks.stream().map(t -> t.get("name").asText().split(" · ")[1]).filter(n -> n.startsWith(prefix)).toList();
    }
}
