package vn.giaoviec.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaoviec.processes.OwnerDeployments.APPROVAL;
import static vn.giaoviec.processes.OwnerDeployments.OWNER;
import static vn.giaoviec.processes.OwnerDeployments.shipped;
import static vn.giaoviec.processes.OwnerDeployments.withHeadApproval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.directive.assignment.AssignmentProcess;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.Scenario;

/**
 * Running work and a new version: 100 open assignments move to the owner's new version (dry run
 * first, then for real, counted), and continue there; after a rollback (the owner deploys the shipped
 * diagram again) the one instance waiting in the step the rollback removed is listed as unable to
 * move, stays on its version and still finishes.
 */
@IntegrationTest
class ProcessMigrationIntegrationTest {

    // 25 units of the demo organisation that receive, four letters each: 100 open assignments
    private static final List<String> UNITS = List.of("so-gddt-gdpt", "so-gddt-gdmn", "thpt-tran-phu", "thpt-ngo-quyen",
            "thpt-le-quy-don", "phuong-hong-bang", "mn-hoa-sen-hong-bang", "mn-hoa-mi-hong-bang", "mn-sao-mai-hong-bang",
            "th-quang-trung-hong-bang", "th-hong-bang-hong-bang", "th-le-loi-hong-bang", "thcs-hong-bang-hong-bang",
            "thcs-ly-tu-trong-hong-bang", "thcs-pham-hong-thai-hong-bang", "phuong-le-chan", "mn-hoa-phuong-le-chan",
            "mn-tuoi-tho-le-chan", "mn-binh-minh-le-chan", "th-le-chan-le-chan", "th-nguyen-van-to-le-chan",
            "th-du-hang-le-chan", "thcs-ngo-quyen-le-chan", "thcs-tran-phu-le-chan", "thcs-le-chan-le-chan");
    private static final List<String> LETTERS = List.of("7721/SGDĐT-VP", "7722/SGDĐT-VP", "7723/SGDĐT-VP", "7724/SGDĐT-VP");
    private static final String SCHOOL = "thcs-tran-phu-le-chan";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Api api;
    @Autowired
    Scenario scenario;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Value("${giaoviec.org.user-password}")
    String password;

    @Test
    void runningAssignmentsMoveToTheNewVersionAndBackExceptWhereTheyCannot() {
        scenario.at(2026, 3, 2, 9, 0);
        List<Long> directives = new ArrayList<>();
        LETTERS.forEach(number -> directives.add(scenario.issue(number, UNITS, LocalDate.of(2026, 4, 30), Map.of())));
        assertThat(ours(null)).isEqualTo(100);

        String approvalVersion = definitionOf(deploy(withHeadApproval()));
        // nobody but the administrator moves running work
        assertThat(api.as("so-gddt.focal").get("/api/processes/assignment/migration").status()).isEqualTo(403);
        assertThat(api.as(OWNER).post("/api/processes/assignment/migration", Map.of()).status()).isEqualTo(403);

        JsonNode dryRun = Scenario.ok(api.as("admin").get("/api/processes/assignment/migration")).json();
        assertThat(dryRun.get("dryRun").asBoolean()).isTrue();
        assertThat(dryRun.get("targetDefinitionId").asText()).isEqualTo(approvalVersion);
        assertThat(dryRun.get("migrated").asLong()).isZero();
        assertThat(sum(dryRun, "movable")).isGreaterThanOrEqualTo(100).isEqualTo(sum(dryRun, "instances"));
        assertThat(ours(approvalVersion)).as("a dry run moves nothing").isZero();

        JsonNode moved = Scenario.ok(api.as("admin").post("/api/processes/assignment/migration", Map.of())).json();
        assertThat(moved.get("migrated").asLong()).isEqualTo(sum(dryRun, "movable"));
        assertThat(ours(approvalVersion)).isEqualTo(100);
        // a moved assignment goes through the new step
        long school = scenario.assignment(directives.get(0), SCHOOL);
        scenario.receiveAndReport(school, SCHOOL);
        Task approval = step(school, APPROVAL);
        assertThat(approval).isNotNull();

        // the owner rolls back: the shipped diagram again, as the latest version
        String rolledBack = definitionOf(deploy(shipped("assignment.bpmn")));
        JsonNode back = Scenario.ok(api.as("admin").get("/api/processes/assignment/migration")).json();
        JsonNode fromApproval = version(back, approvalVersion);
        assertThat(fromApproval.get("blocked")).hasSize(1);
        assertThat(fromApproval.at("/blocked/0/activity").asText()).isEqualTo(APPROVAL);
        assertThat(fromApproval.at("/blocked/0/name").asText()).isEqualTo("Thủ trưởng duyệt báo cáo");
        assertThat(fromApproval.at("/blocked/0/instances").asLong()).isEqualTo(1);
        assertThat(fromApproval.get("movable").asLong()).isEqualTo(fromApproval.get("instances").asLong() - 1);

        Scenario.ok(api.as("admin").post("/api/processes/assignment/migration", Map.of()));
        assertThat(ours(rolledBack)).isEqualTo(99);
        // the one that stayed still finishes on its version: the head approves, the Sở's office accepts
        tasks.complete(approval.getId());
        Scenario.ok(api.as("so-gddt-vp.focal").post("/api/assignments/" + school + "/review", Map.of("decision", "ACCEPT")));
        assertThat(step(school, AssignmentProcess.REVIEW_REPORT)).isNull();
        assertThat(scenario.detail(school).get("state").asText()).isEqualTo("ACCEPTED");
    }

    /** How many of this test's assignment instances run on the definition (any, when null). */
    private long ours(String definitionId) {
        long count = 0;
        for (String number : LETTERS) {
            var query = runtime.createProcessInstanceQuery().processDefinitionKey("assignment").processInstanceBusinessKey(number);
            count += (definitionId == null ? query : query.processDefinitionId(definitionId)).count();
        }
        return count;
    }

    private ResponseEntity<String> deploy(String diagram) {
        ResponseEntity<String> response = OwnerDeployments.deploy(rest, OWNER, password, diagram);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return response;
    }

    private String definitionOf(ResponseEntity<String> deployment) {
        return api.parse(deployment.getBody()).get("deployedProcessDefinitions").elements().next().get("id").asText();
    }

    private static long sum(JsonNode report, String field) {
        long sum = 0;
        for (JsonNode version : report.get("versions")) {
            sum += version.get(field).asLong();
        }
        return sum;
    }

    private static JsonNode version(JsonNode report, String definitionId) {
        for (JsonNode version : report.get("versions")) {
            if (version.get("definitionId").asText().equals(definitionId)) {
                return version;
            }
        }
        throw new AssertionError("no version " + definitionId + " in " + report);
    }

    private Task step(long assignment, String step) {
        String process = scenario.detail(assignment).get("processInstanceId").asText();
        return tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey(step).singleResult();
    }
}
