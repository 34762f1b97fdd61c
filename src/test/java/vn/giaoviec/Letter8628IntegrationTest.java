package vn.giaoviec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giaoviec.directive.assignment.Assignment;
import vn.giaoviec.directive.assignment.AssignmentRepository;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.Jobs;
import vn.giaoviec.support.Scenario;

/** Seed 000 (letter 8628/SGDĐT-VP) issued to the whole city, end to end through the API. */
@IntegrationTest
class Letter8628IntegrationTest {

    @Autowired
    Api api;
    @Autowired
    Jobs jobs;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    AssignmentRepository assignments;

    @BeforeEach
    void letterDay() {
        Scenario.clock(2025, 11, 14, 9, 0);
    }

    @Test
    void everySchoolAndDivisionGetsOneTaskAndTheOfficeTwo() {
        int divisions = api.as("admin").get("/api/units?within=so-gddt&kinds=phong").json().size();
        int schools = api.as("admin").get("/api/units?within=ubnd-tp&kinds=truong").json().size();

        var issued = api.as("so-gddt.focal").post("/api/directives", Api.fixture("fixtures/8628.json"));

        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        JsonNode body = issued.json();
        assertThat(body.get("number").asText()).isEqualTo("8628/SGDĐT-VP");
        assertThat(body.get("assignmentCount").asInt()).isEqualTo(divisions + schools + 1);
        long id = body.get("id").asLong();
        // issuing runs after the request: no school has its task yet
        assertThat(assignments.ofDirective(id)).allMatch(a -> a.processInstanceId() == null);

        jobs.runDue();

        // this letter's tasks: another year's 8628 carries the same business key
        String[] processes = assignments.ofDirective(id).stream().map(Assignment::processInstanceId).toArray(String[]::new);
        assertThat(tasks.createTaskQuery().processInstanceIdIn(processes).count()).isEqualTo(divisions + schools + 1);
        assertThat(tasks.createTaskQuery().processInstanceIdIn(processes).taskCandidateGroup("so-gddt-vp").includeAssignedTasks().count())
                .isEqualTo(2);
        assertThat(tasks.createTaskQuery().processInstanceIdIn(processes).taskCandidateGroup("thpt-tran-phu").includeAssignedTasks()
                .singleResult().getName())
                .startsWith("Tiếp nhận nhiệm vụ · 8628/SGDĐT-VP · hạn ").contains(" · V/v thực hiện Thông báo kết luận");
        assertThat(tasks.createTaskQuery().processInstanceIdIn(processes).list())
                .allMatch(t -> "8628/SGDĐT-VP".equals(runtime.createProcessInstanceQuery()
                        .processInstanceId(t.getProcessInstanceId()).singleResult().getBusinessKey()));
        JsonNode directive = api.as("so-gddt.focal").get("/api/directives/" + id).json();
        List<JsonNode> office = assignmentsOf(directive, "so-gddt-vp");
        assertThat(office).extracting(a -> a.get("deadline").asText()).containsExactly("2025-12-31", "2026-03-31");
        assertThat(office.get(0).get("items")).extracting(JsonNode::asText).containsExactly("1", "2", "3", "4", "5");
        assertThat(office.get(1).get("items")).extracting(JsonNode::asText).containsExactly("6");
    }

    @Test
    void aSchoolReportsOnTimeAndTheOfficeAcceptsIt() {
        long id = issue("8001/SGDĐT-VP");
        long school = assignmentOf(id, "th-quang-trung-hong-bang");

        var received = api.as("th-quang-trung-hong-bang.focal").post("/api/assignments/" + school + "/receive",
                Map.of("mode", "DIRECT", "assignee", "th-quang-trung-hong-bang.head"));
        assertThat(received.status()).as(received.toString()).isEqualTo(200);
        assertThat(received.json().get("assignee").asText()).isEqualTo("th-quang-trung-hong-bang.head");

        Scenario.clock(2025, 12, 20, 10, 0);
        var reported = api.as("th-quang-trung-hong-bang.head").post("/api/assignments/" + school + "/report",
                report("DONE", "Đã số hóa 100% hồ sơ học sinh"));
        assertThat(reported.status()).as(reported.toString()).isEqualTo(200);
        assertThat(reported.json().get("state").asText()).isEqualTo("REPORTED");

        var reviewed = api.as("so-gddt-vp.focal").post("/api/assignments/" + school + "/review", Map.of("decision", "ACCEPT"));
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        assertThat(reviewed.json().get("status").asText()).isEqualTo("DONE_ON_TIME");
        JsonNode detail = api.as("th-quang-trung-hong-bang.focal").get("/api/assignments/" + school).json();
        assertThat(detail.get("reports").get(0).get("items").get(0).get("result").asText())
                .isEqualTo("Đã số hóa 100% hồ sơ học sinh");
    }

    @Test
    void aSchoolThatHasNotReportedByTheDeadlineIsOverdueAndLateOnceItReports() {
        long id = issue("8002/SGDĐT-VP");
        long school = assignmentOf(id, "thcs-ly-tu-trong-hong-bang");
        api.as("thcs-ly-tu-trong-hong-bang.focal").post("/api/assignments/" + school + "/receive", Map.of("mode", "DIRECT"));

        Scenario.clock(2025, 12, 31, 23, 0);
        assertThat(status(school)).isEqualTo("IN_PROGRESS");
        Scenario.clock(2026, 1, 1, 0, 0);
        assertThat(status(school)).isEqualTo("OVERDUE");
        var overdue = api.as("phuong-hong-bang.head")
                .get("/api/units/thcs-ly-tu-trong-hong-bang/assignments?status=OVERDUE");
        assertThat(overdue.json()).extracting(a -> a.get("id").asLong()).contains(school);

        api.as("thcs-ly-tu-trong-hong-bang.focal").post("/api/assignments/" + school + "/report", report("DONE", "Muộn"));
        api.as("so-gddt-vp.focal").post("/api/assignments/" + school + "/review", Map.of("decision", "ACCEPT"));
        assertThat(status(school)).isEqualTo("DONE_LATE");
    }

    @Test
    void actionsOutOfTurnOrByTheWrongUnitAreRefused() {
        long id = issue("8003/SGDĐT-VP");
        long school = assignmentOf(id, "mn-hoa-sen-hong-bang");

        assertThat(api.as("mn-hoa-sen-hong-bang.focal").post("/api/assignments/" + school + "/report",
                report("DONE", "x")).status()).isEqualTo(409);
        assertThat(api.as("mn-sao-mai-hong-bang.focal").post("/api/assignments/" + school + "/receive",
                Map.of("mode", "DIRECT")).status()).isEqualTo(403);
        assertThat(api.as("mn-sao-mai-hong-bang.focal").get("/api/assignments/" + school).status()).isEqualTo(403);
        assertThat(api.as("mn-hoa-sen-hong-bang.focal").post("/api/assignments/" + school + "/review",
                Map.of("decision", "ACCEPT")).status()).isEqualTo(403);
        assertThat(api.as("so-gddt-vp.focal").post("/api/assignments/" + school + "/review",
                Map.of("decision", "ACCEPT")).status()).isEqualTo(409);
        var badMode = api.as("mn-hoa-sen-hong-bang.focal").post("/api/assignments/" + school + "/receive",
                Map.of("mode", "LATER"));
        assertThat(badMode.status()).isEqualTo(422);
        assertThat(badMode.json().get("error").asText()).contains("mode");
        assertThat(api.as("mn-hoa-sen-hong-bang.focal").post("/api/assignments/" + school + "/receive",
                Map.of("mode", "DIRECT", "assignee", "mn-sao-mai-hong-bang.focal")).status()).isEqualTo(422);
        assertThat(api.as("mn-hoa-sen-hong-bang.focal").get("/api/assignments/999999").status()).isEqualTo(404);
    }

    private long issue(String number) {
        String body = Api.fixture("fixtures/8628.json").replace("8628/SGDĐT-VP", number);
        var issued = api.as("so-gddt.focal").post("/api/directives", body);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        jobs.runDue();
        return issued.json().get("id").asLong();
    }

    private long assignmentOf(long directive, String unit) {
        return assignmentsOf(api.as("admin").get("/api/directives/" + directive).json(), unit).get(0).get("id").asLong();
    }

    private static List<JsonNode> assignmentsOf(JsonNode directive, String unit) {
        return java.util.stream.StreamSupport.stream(directive.get("assignments").spliterator(), false)
                .filter(a -> a.get("unit").asText().equals(unit)).toList();
    }

    private String status(long assignment) {
        return api.as("admin").get("/api/assignments/" + assignment).json().get("status").asText();
    }

    private static Map<String, Object> report(String status, String result) {
        return Map.of("items", List.of(
                Map.of("no", "1", "status", status, "result", result),
                Map.of("no", "2", "status", status, "result", result),
                Map.of("no", "3", "status", status, "result", result),
                Map.of("no", "4", "status", status, "result", result),
                Map.of("no", "5", "status", status, "result", result)),
                "difficulties", "Thiếu thiết bị", "proposals", "Bổ sung kinh phí");
    }
}
