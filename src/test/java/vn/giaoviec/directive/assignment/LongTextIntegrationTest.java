package vn.giaoviec.directive.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaoviec.support.Scenario.ok;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.Scenario;

/**
 * Long texts as real letters and reports have them: Camunda keeps a String variable in 4,000
 * characters, we keep an Excel cell's worth. A long task text, a ward's report beside its schools'
 * long results, long difficulties go through; a longer text is a 422 naming the field, and nothing changes.
 */
@IntegrationTest
class LongTextIntegrationTest {

    static final String WARD = "phuong-hong-bang";

    @Autowired
    Api api;
    @Autowired
    Scenario scenario;
    @Autowired
    TaskService tasks;

    @Test
    void longTextsTravelDownAndUpTheCascade() {
        scenario.at(2026, 3, 2, 9, 0);
        String task = text("Triển khai các nội dung của kế hoạch chuyển đổi số. ", 5000);
        var issued = api.as("so-gddt.focal").post("/api/directives", Map.of("number", "7631/SGDĐT-VP", "issuer", "so-gddt",
                "subject", "V/v triển khai kế hoạch chuyển đổi số", "items", List.of(Map.of("no", "1", "text", task,
                        "recipients", List.of(WARD), "deadline", "2026-05-29"))));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        scenario.runDue();
        long wardAssignment = scenario.assignment(issued.json().get("id").asLong(), WARD);

        // the ward's receive task shows the whole item, though it is longer than a String variable
        Task receive = openTask(wardAssignment);
        assertThat(scenario.shown(receive, "itemsText")).contains(task);

        var cascade = ok(api.as(WARD + ".head").post("/api/assignments/" + wardAssignment + "/receive", Map.of(
                "mode", "CASCADE", "directive", Map.of("number", "/UBND-VHXX", "subject", "V/v triển khai",
                        "items", List.of(Map.of("no", "1", "text", "Báo cáo kết quả chuyển đổi số",
                                "recipients", List.of("mam-non+tieu-hoc+thcs@" + WARD), "deadline", "2026-05-15"))))));
        long letter = cascade.json().get("childDirective").get("id").asLong();
        scenario.runDue();

        // every school reports a page of results; together far more than 4,000 characters
        List<String> results = new ArrayList<>();
        api.as("admin").get("/api/directives/" + letter).json().get("assignments").forEach(a -> {
            String school = a.get("unit").asText();
            long id = a.get("id").asLong();
            String result = text("Trường " + school + " đã triển khai phần mềm quản lý và tập huấn giáo viên. ", 1200);
            results.add(result);
            ok(api.as(school + ".focal").post("/api/assignments/" + id + "/receive", Map.of("mode", "DIRECT")));
            ok(api.as(school + ".focal").post("/api/assignments/" + id + "/report", Map.of(
                    "items", List.of(Map.of("no", "1", "status", "DONE", "result", result)))));
            ok(api.as(WARD + "-vhxh.focal").post("/api/assignments/" + id + "/review", Map.of("decision", "ACCEPT")));
        });
        assertThat(results).hasSize(9);
        scenario.runDue();

        // the ward's report step opens with its schools' results beside it
        Task report = openTask(wardAssignment);
        assertThat(report.getTaskDefinitionKey()).isEqualTo(AssignmentProcess.SUBMIT_REPORT);
        String children = scenario.shown(report, "childSummary");
        assertThat(children.length()).isGreaterThan(9 * 1200);
        results.forEach(r -> assertThat(children).contains(r));

        String difficulties = text("Một số trường thiếu thiết bị, đường truyền chậm. ", 6000);
        ok(api.as(WARD + ".focal").post("/api/assignments/" + wardAssignment + "/report", Map.of(
                "items", List.of(Map.of("no", "1", "status", "DONE", "result", String.join("\n", results))),
                "difficulties", difficulties)));
        JsonNode reported = scenario.detail(wardAssignment).get("reports").get(0);
        assertThat(reported.get("difficulties").asText()).isEqualTo(difficulties);
        assertThat(reported.get("items").get(0).get("result").asText()).isEqualTo(String.join("\n", results));

        String comment = text("Báo cáo đầy đủ, đề nghị tiếp tục theo dõi. ", 3900);
        ok(api.as("so-gddt-vp.focal").post("/api/assignments/" + wardAssignment + "/review",
                Map.of("decision", "ACCEPT", "comment", comment)));
        assertThat(scenario.detail(wardAssignment).get("reports").get(0).get("reviewComment").asText())
                .isEqualTo(comment);
    }

    @Test
    void aTextLongerThanWeKeepIsRefusedByNameAndNothingChanges() {
        scenario.at(2026, 3, 2, 9, 0);
        long directive = scenario.issue("7632/SGDĐT-VP", List.of("thpt-ngo-quyen"), java.time.LocalDate.of(2026, 4, 30), Map.of());
        long assignment = scenario.assignment(directive, "thpt-ngo-quyen");
        ok(api.as("thpt-ngo-quyen.focal").post("/api/assignments/" + assignment + "/receive", Map.of("mode", "DIRECT")));

        var tooLong = api.as("thpt-ngo-quyen.focal").post("/api/assignments/" + assignment + "/report", Map.of(
                "items", List.of(Map.of("no", "1", "status", "DONE", "result", text("Kết quả. ", 33000))),
                "proposals", text("Đề xuất. ", 32100)));
        assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(422);
        assertThat(tooLong.json().get("details").toString())
                .contains("item 1: result is too long: 33000 characters, at most 32000")
                .contains("proposals is too long: 32100 characters, at most 32000");
        assertThat(scenario.detail(assignment).get("reports")).isEmpty();
        assertThat(scenario.detail(assignment).get("state").asText()).isEqualTo("RECEIVED");

        scenario.report(assignment, "thpt-ngo-quyen");
        var longComment = api.as("so-gddt-vp.focal").post("/api/assignments/" + assignment + "/review",
                Map.of("decision", "RETURN", "comment", text("Bổ sung số liệu. ", 4500)));
        assertThat(longComment.status()).as(longComment.toString()).isEqualTo(422);
        assertThat(longComment.json().get("error").asText()).isEqualTo("comment is too long: 4500 characters, at most 4000");
        assertThat(scenario.detail(assignment).get("state").asText()).isEqualTo("REPORTED");

        var longSubject = api.as("so-gddt.focal").post("/api/directives", Map.of("number", "7633/SGDĐT-VP",
                "issuer", "so-gddt", "subject", text("V/v rà soát. ", 2500), "items", List.of(Map.of("no", "1",
                        "text", "Rà soát", "recipients", List.of("thpt-ngo-quyen"), "deadline", "2026-04-30"))));
        assertThat(longSubject.status()).isEqualTo(422);
        assertThat(longSubject.json().get("details").toString()).contains("subject is too long: 2500 characters, at most 2000");
        // nothing was kept: the number is still free
        scenario.issue("7633/SGDĐT-VP", List.of("thpt-ngo-quyen"), java.time.LocalDate.of(2026, 4, 30), Map.of());
    }

    private Task openTask(long assignment) {
        String pid = scenario.detail(assignment).get("processInstanceId").asText();
        return tasks.createTaskQuery().processInstanceId(pid).singleResult();
    }

    /** {@code sentence} repeated to exactly {@code length} characters, ending with a full stop. */
    private static String text(String sentence, int length) {
        return sentence.repeat(length / sentence.length() + 1).substring(0, length - 1) + ".";
    }
}
