package vn.giaoviec;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaoviec.support.Scenario.ok;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.giaoviec.directive.assignment.AssignmentProcess;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.Jobs;
import vn.giaoviec.support.Scenario;

/**
 * The Sở's plan 570/KH-SGDĐT to the wards; the ward Hồng Bàng cascades it by the letter of seed 004
 * to its VHXH division and its schools; one school's report is returned and redone; the ward
 * consolidates; the Sở accepts.
 */
@IntegrationTest
class Plan570CascadeIntegrationTest {

    private static final String WARD = "phuong-hong-bang";
    private static final String VHXH = "phuong-hong-bang-vhxh";

    @Autowired
    Api api;
    @Autowired
    Jobs jobs;
    @Autowired
    TaskService tasks;
    @Autowired
    Scenario scenario;

    @Test
    void theWardCascadesThePlanToItsSchoolsAndReportsTheConsolidatedResultUpward() {
        Scenario.clock(2026, 2, 2, 9, 0);
        var plan = api.as("so-gddt.focal").post("/api/directives", Api.fixture("fixtures/570.json"));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        long planId = plan.json().get("id").asLong();
        assertThat(plan.json().get("assignmentCount").asInt()).isEqualTo(2);
        jobs.runDue();
        long wardAssignment = assignment(planId, WARD);

        // the ward issues its own implementation letter: the next free number of the year, monitored by VHXH
        Scenario.clock(2026, 2, 5, 9, 0);
        var cascade = api.as(WARD + ".head").post("/api/assignments/" + wardAssignment + "/receive",
                Map.of("mode", "CASCADE", "directive", api.parse(Api.fixture("fixtures/004.json"))));
        assertThat(cascade.status()).as(cascade.toString()).isEqualTo(200);
        long letterId = cascade.json().get("childDirective").get("id").asLong();
        assertThat(cascade.json().get("childDirective").get("number").asText()).matches("\\d+/UBND-VHXX");
        JsonNode letter = api.as(WARD + ".head").get("/api/directives/" + letterId).json();
        assertThat(letter.get("issuer").asText()).isEqualTo(WARD);
        assertThat(letter.get("monitoringUnit").asText()).isEqualTo(VHXH);
        assertThat(letter.get("parentAssignment").asLong()).isEqualTo(wardAssignment);
        assertThat(letter.get("issuedOn").asText()).isEqualTo("2026-02-05");

        jobs.runDue();
        List<String> schools = units("mam-non,tieu-hoc,thcs", WARD);
        // (every ward numbers its letters /UBND-VHXX: the number alone does not tell this letter's tasks apart)
        JsonNode issuedLetter = api.as(WARD + ".head").get("/api/directives/" + letterId).json();
        assertThat(issuedLetter.get("assignments")).hasSize(schools.size() + 1);
        for (JsonNode a : issuedLetter.get("assignments")) {
            String pid = api.as("admin").get("/api/assignments/" + a.get("id").asLong()).json().get("processInstanceId").asText();
            assertThat(tasks.createTaskQuery().processInstanceId(pid).singleResult().getName())
                    .startsWith("Tiếp nhận nhiệm vụ · " + letter.get("number").asText() + " · hạn 15/06/2026 · V/v triển khai");
        }

        // every school and the division carry out and report; one school's report is returned once
        Scenario.clock(2026, 5, 20, 9, 0);
        String returned = schools.get(0);
        for (String school : schools) {
            long a = assignment(letterId, school);
            ok(api.as(school + ".focal").post("/api/assignments/" + a + "/receive", Map.of("mode", "DIRECT")));
            ok(api.as(school + ".focal").post("/api/assignments/" + a + "/report", report(List.of("2"), "Đã xây dựng kế hoạch")));
            var decision = school.equals(returned)
                    ? Map.of("decision", "RETURN", "comment", "Bổ sung số giáo viên được tập huấn")
                    : Map.of("decision", "ACCEPT");
            ok(api.as(VHXH + ".focal").post("/api/assignments/" + a + "/review", decision));
        }
        long returnedAssignment = assignment(letterId, returned);
        JsonNode afterReturn = api.as(returned + ".focal").get("/api/assignments/" + returnedAssignment).json();
        assertThat(afterReturn.get("state").asText()).isEqualTo("RETURNED");
        assertThat(afterReturn.get("resubmissionDue").asText()).isEqualTo("2026-05-25");
        Task reportAgain = tasks.createTaskQuery().processInstanceId(afterReturn.get("processInstanceId").asText()).singleResult();
        assertThat(reportAgain.getTaskDefinitionKey()).isEqualTo(AssignmentProcess.SUBMIT_REPORT);
        assertThat(scenario.shown(reportAgain, "returnComment")).isEqualTo("Bổ sung số giáo viên được tập huấn");

        Scenario.clock(2026, 5, 22, 9, 0);
        ok(api.as(returned + ".focal").post("/api/assignments/" + returnedAssignment + "/report",
                report(List.of("2"), "Đã xây dựng kế hoạch; 25 giáo viên được tập huấn")));
        ok(api.as(VHXH + ".focal").post("/api/assignments/" + returnedAssignment + "/review", Map.of("decision", "ACCEPT")));
        assertThat(status(returnedAssignment)).isEqualTo("DONE_ON_TIME");

        // the division's own report is reviewed by the ward, not by itself
        long division = assignment(letterId, VHXH);
        ok(api.as(VHXH + ".focal").post("/api/assignments/" + division + "/receive", Map.of("mode", "DIRECT")));
        ok(api.as(VHXH + ".focal").post("/api/assignments/" + division + "/report", report(List.of("1"), "Đã triển khai")));
        assertThat(api.as(VHXH + ".focal").post("/api/assignments/" + division + "/review",
                Map.of("decision", "ACCEPT")).status()).isEqualTo(403);
        ok(api.as(WARD + ".head").post("/api/assignments/" + division + "/review", Map.of("decision", "ACCEPT")));

        // the letter is complete: the ward's report step on the plan opens for the consolidated report
        assertThat(reportTask(wardAssignment)).isNull();
        jobs.runDue();
        assertThat(api.as(WARD + ".head").get("/api/directives/" + letterId).json().get("state").asText())
                .isEqualTo("COMPLETED");
        Task consolidated = reportTask(wardAssignment);
        assertThat(consolidated).isNotNull();
        assertThat(scenario.shown(consolidated, "childSummary"))
                .contains("25 giáo viên được tập huấn");

        Scenario.clock(2026, 6, 1, 9, 0);
        ok(api.as(WARD + ".head").post("/api/assignments/" + wardAssignment + "/report",
                report(List.of("1"), "100% cơ sở giáo dục đã triển khai kế hoạch")));
        ok(api.as("so-gddt.focal").post("/api/assignments/" + wardAssignment + "/review", Map.of("decision", "ACCEPT")));
        assertThat(status(wardAssignment)).isEqualTo("DONE_ON_TIME");

        JsonNode progress = api.as("so-gddt.focal").get("/api/directives/" + planId + "/progress").json();
        assertThat(progress.get("total").asInt()).isEqualTo(2);
        assertThat(progress.get("byStatus").get("DONE_ON_TIME").asInt()).isEqualTo(1);
        assertThat(progress.get("byStatus").get("IN_PROGRESS").asInt()).isEqualTo(1);
        JsonNode wardNode = StreamSupport.stream(progress.get("tree").get("children").spliterator(), false)
                .filter(n -> n.get("unit").asText().equals(WARD)).findFirst().orElseThrow();
        assertThat(wardNode.get("children")).hasSize(schools.size() + 1);
        // the plan's issuer sees the whole cascade; a school of the other ward sees none of it
        assertThat(api.as("so-gddt.focal").get("/api/directives/" + letterId).json().get("assignments"))
                .hasSize(schools.size() + 1);
        assertThat(api.as("mn-hoa-phuong-le-chan.focal").get("/api/directives/" + letterId).status()).isEqualTo(403);
    }

    @Test
    void aChildDirectiveMayNotEndAfterTheParentDeadline() {
        Scenario.clock(2026, 2, 2, 9, 0);
        ObjectNode plan = (ObjectNode) api.parse(Api.fixture("fixtures/570.json"));
        plan.put("number", "571/KH-SGDĐT");
        var issued = api.as("so-gddt.focal").post("/api/directives", plan);
        jobs.runDue();
        long wardAssignment = assignment(issued.json().get("id").asLong(), "phuong-le-chan");
        ObjectNode letter = (ObjectNode) api.parse(Api.fixture("fixtures/004.json"));
        ((ObjectNode) letter.get("items").get(0)).put("deadline", "2026-07-15");

        var refused = api.as("phuong-le-chan.head").post("/api/assignments/" + wardAssignment + "/receive",
                Map.of("mode", "CASCADE", "directive", letter));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("details").toString()).contains("2026-07-15").contains("2026-06-30");
        assertThat(api.as("phuong-le-chan.head").get("/api/assignments/" + wardAssignment).json().get("state").asText())
                .isEqualTo("ISSUED");
    }

    private Task reportTask(long assignmentId) {
        String pid = api.as("admin").get("/api/assignments/" + assignmentId).json().get("processInstanceId").asText();
        return tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey(AssignmentProcess.SUBMIT_REPORT).singleResult();
    }

    private List<String> units(String kinds, String within) {
        return StreamSupport.stream(api.as("admin").get("/api/units?within=" + within + "&kinds=" + kinds).json().spliterator(), false)
                .map(u -> u.get("id").asText()).toList();
    }

    private long assignment(long directive, String unit) {
        return StreamSupport.stream(api.as("admin").get("/api/directives/" + directive).json().get("assignments").spliterator(), false)
                .filter(a -> a.get("unit").asText().equals(unit)).findFirst().orElseThrow().get("id").asLong();
    }

    private String status(long assignment) {
        return api.as("admin").get("/api/assignments/" + assignment).json().get("status").asText();
    }

    private static Map<String, Object> report(List<String> items, String result) {
        return Map.of("items", items.stream().map(no -> Map.of("no", no, "status", "DONE", "result", result)).toList());
    }
}
