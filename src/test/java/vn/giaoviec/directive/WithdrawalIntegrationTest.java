package vn.giaoviec.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.directive.assignment.AssignmentProcess;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.Scenario;

/** Thu hồi: everything open below a directive, to any depth, is cancelled — through the API and Tasklist. */
@IntegrationTest
class WithdrawalIntegrationTest {

    private static final String WARD = "phuong-hong-bang";

    @Autowired
    Scenario scenario;
    @Autowired
    Api api;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;
    @Autowired
    IdentityService identity;
    @Autowired
    RepositoryService repository;

    @Test
    void withdrawingThePlanCancelsEveryOpenAssignmentBelowItToAnyDepth() {
        scenario.at(2026, 2, 2, 9, 0);
        long plan = plan("9130/KH-SGDĐT");
        long wardAssignment = scenario.assignment(plan, WARD);
        long letter = cascade(wardAssignment);
        List<Long> letterAssignments = ids(letter);
        long done = scenario.assignment(letter, "mn-hoa-sen-hong-bang");
        scenario.receiveAndReport(done, "mn-hoa-sen-hong-bang");
        Scenario.ok(api.as(WARD + "-vhxh.focal").post("/api/assignments/" + done + "/review", Map.of("decision", "ACCEPT")));

        assertThat(api.as(WARD + ".head").post("/api/directives/" + plan + "/withdrawal", Map.of("reason", "x")).status())
                .isEqualTo(403);
        var withdrawn = api.as("so-gddt.focal").post("/api/directives/" + plan + "/withdrawal",
                Map.of("reason", "Thay thế bằng kế hoạch khác"));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().get("state").asText()).isEqualTo("WITHDRAWN");
        // the plan's two wards and the letter's open ones (all but the accepted school)
        assertThat(withdrawn.json().get("cancelled").asInt()).isEqualTo(2 + letterAssignments.size() - 1);

        assertThat(state(plan)).isEqualTo("WITHDRAWN");
        assertThat(state(letter)).isEqualTo("WITHDRAWN");
        for (long a : ids(plan)) {
            assertThat(scenario.detail(a).get("status").asText()).isEqualTo("CANCELLED");
        }
        for (long a : letterAssignments) {
            assertThat(scenario.detail(a).get("status").asText()).isEqualTo(a == done ? "DONE_ON_TIME" : "CANCELLED");
        }
        // the engine's side ends in background jobs: no process of either directive is left
        scenario.runDue();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("9130/KH-SGDĐT").count()).isZero();
        // (every ward numbers its letters /UBND-VHXX: look the letter's processes up by id, not by number)
        String letterProcess = api.as("admin").get("/api/directives/" + letter).json().get("processInstanceId").asText();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(letterProcess).count()).isZero();
        for (long a : letterAssignments) {
            String pid = scenario.detail(a).get("processInstanceId").asText();
            assertThat(runtime.createProcessInstanceQuery().processInstanceId(pid).count()).as("assignment " + a).isZero();
        }
        // and no deadline acts any more
        scenario.at(2026, 7, 10, 9, 0);
        assertThat(scenario.events(wardAssignment)).isEmpty();

        assertThat(api.as("so-gddt.focal").post("/api/directives/" + plan + "/withdrawal",
                Map.of("reason", "lần hai")).status()).isEqualTo(409);
        assertThat(api.as("so-gddt.focal").post("/api/directives/999999/withdrawal",
                Map.of("reason", "không có")).status()).isEqualTo(404);
    }

    @Test
    void aWardWithdrawsItsOwnLetterAndReportsOnThePlanItself() {
        scenario.at(2026, 2, 2, 9, 0);
        long plan = plan("9131/KH-SGDĐT");
        long wardAssignment = scenario.assignment(plan, WARD);
        long letter = cascade(wardAssignment);
        assertThat(api.as(WARD + ".head").post("/api/directives/" + letter + "/withdrawal", Map.of()).status())
                .isEqualTo(422);
        Scenario.ok(api.as(WARD + ".head").post("/api/directives/" + letter + "/withdrawal",
                Map.of("reason", "Ban hành văn bản sai đối tượng")));
        scenario.runDue();
        assertThat(state(letter)).isEqualTo("WITHDRAWN");
        assertThat(state(plan)).isEqualTo("ACTIVE");
        String pid = scenario.detail(wardAssignment).get("processInstanceId").asText();
        assertThat(tasks.createTaskQuery().processInstanceId(pid).singleResult().getTaskDefinitionKey())
                .isEqualTo(AssignmentProcess.SUBMIT_REPORT);
    }

    @Test
    void aClerkWithdrawsInTasklistWithTheDirectivesNumber() {
        scenario.at(2026, 3, 2, 9, 0);
        long id = scenario.issue("9132/SGDĐT-VP", List.of("thpt@so-gddt"), LocalDate.of(2026, 3, 31), Map.of());
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey("directive-withdrawal")
                .latestVersion().singleResult().getId();
        assertThatThrownBy(() -> startForm(definition, "thpt-ngo-quyen.focal", "9132/SGDĐT-VP"))
                .hasMessageContaining("issued no directive numbered 9132/SGDĐT-VP");
        assertThatThrownBy(() -> startForm(definition, "so-gddt.focal", "9999/KHÔNG-CÓ"))
                .hasMessageContaining("issued no directive");
        startForm(definition, "so-gddt.focal", "9132/SGDĐT-VP");
        assertThat(state(id)).isEqualTo("WITHDRAWN");
        assertThat(scenario.detail(scenario.assignment(id, "thpt-tran-phu")).get("status").asText()).isEqualTo("CANCELLED");
        scenario.runDue();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("assignment")
                .processInstanceBusinessKey("9132/SGDĐT-VP").count()).isZero();
    }

    private void startForm(String definition, String user, String number) {
        identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
                .map(g -> g.getId()).toList());
        try {
            forms.submitStartForm(definition, Map.of("directiveNumber", number, "reason", "Văn bản ban hành nhầm"));
        } finally {
            identity.clearAuthentication();
        }
    }

    private long plan(String number) {
        ObjectNode plan = (ObjectNode) api.parse(Api.fixture("fixtures/570.json"));
        plan.put("number", number);
        var issued = api.as("so-gddt.focal").post("/api/directives", plan);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        scenario.runDue();
        return issued.json().get("id").asLong();
    }

    private long cascade(long wardAssignment) {
        var cascade = api.as(WARD + ".head").post("/api/assignments/" + wardAssignment + "/receive",
                Map.of("mode", "CASCADE", "directive", api.parse(Api.fixture("fixtures/004.json"))));
        assertThat(cascade.status()).as(cascade.toString()).isEqualTo(200);
        scenario.runDue();
        return cascade.json().get("childDirective").get("id").asLong();
    }

    private List<Long> ids(long directive) {
        return StreamSupport.stream(api.as("admin").get("/api/directives/" + directive).json().get("assignments")
                .spliterator(), false).map(a -> a.get("id").asLong()).toList();
    }

    private String state(long directive) {
        JsonNode d = api.as("admin").get("/api/directives/" + directive).json();
        return d.get("state").asText();
    }
}
