package vn.giaoviec.directive.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.kernel.FormVariables;
import vn.giaoviec.kernel.Time;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.Scenario;
import vn.giaoviec.support.Jobs;

/**
 * Every path of bpmn/assignment.bpmn through the whole application, driven through the engine as
 * Tasklist drives it; the diagram alone, its beans mocked, is {@link AssignmentProcessTest}.
 */
@IntegrationTest
class AssignmentFlowIntegrationTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    Scenario scenario;
    @Autowired
    AssignmentRepository assignments;
    @Autowired
    Api api;
    @Autowired
    Jobs jobs;

    private static int numbers = 400;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(Time.ZONE).toInstant()));
    }

    @Test
    void receivedDirectlyReportedAndAccepted() {
        ProcessInstance pi = assignmentFor("so-gddt", "thpt-tran-phu");
        assertThat(pi).isWaitingAt(AssignmentProcess.RECEIVE);
        // addressed to the unit, held by its focal person: nobody has to claim it
        assertThat(task(pi)).hasCandidateGroupAssociated("thpt-tran-phu").isAssignedTo("thpt-tran-phu.focal")
                .hasName("Tiếp nhận nhiệm vụ · 402/KH-SGDĐT · hạn 30/06/2026 · Kế hoạch thử");
        assertThat(task(pi).getDueDate()).isEqualTo(Time.endOf(java.time.LocalDate.of(2026, 6, 30)));
        // a school has nobody below it: its form offers only to do the work itself
        assertThat(modesOffered(pi)).containsExactly("DIRECT");

        complete(pi, Map.of("mode", "DIRECT", "assignee", "thpt-tran-phu.head"));
        assertThat(pi).isWaitingAt(AssignmentProcess.SUBMIT_REPORT);
        assertThat(task(pi)).isAssignedTo("thpt-tran-phu.head").hasCandidateGroupAssociated("thpt-tran-phu");

        complete(pi, Map.of("reportItems", FormVariables.json(List.of(Map.of("no", "1", "status", "DONE", "result", "Xong")))));
        assertThat(pi).isWaitingAt(AssignmentProcess.REVIEW_REPORT);
        // a plan (KH) is monitored by its issuer
        assertThat(task(pi)).hasCandidateGroupAssociated("so-gddt").isAssignedTo("so-gddt.focal");
        assertThat(scenario.shown(task(pi), "reportText")).isEqualTo("1. Đã hoàn thành: Xong");

        complete(pi, Map.of("decision", "ACCEPT"));
        assertThat(pi).isWaitingAt(AssignmentProcess.RECORD_COMPLETION);
        jobs.runDue();
        assertThat(pi).isEnded().hasPassed(AssignmentProcess.END_ACCEPTED);
    }

    @Test
    void aReturnedReportGoesBackToTheSchoolsReportStepNotToReceipt() {
        ProcessInstance pi = assignmentFor("so-gddt", "thpt-ngo-quyen");
        complete(pi, Map.of("mode", "DIRECT"));
        complete(pi, Map.of("reportItems", FormVariables.json(List.of(Map.of("no", "1", "status", "IN_PROGRESS")))));
        complete(pi, Map.of("decision", "RETURN", "comment", "Thiếu số liệu"));

        assertThat(pi).isWaitingAt(AssignmentProcess.SUBMIT_REPORT);
        assertThat(task(pi)).hasCandidateGroupAssociated("thpt-ngo-quyen").isAssignedTo("thpt-ngo-quyen.focal");
        // due: three working days after the return (Monday 2/3/2026 → Thursday 5/3)
        assertThat(task(pi).getDueDate()).isEqualTo(Time.endOf(java.time.LocalDate.of(2026, 3, 5)));
        assertThat(scenario.shown(task(pi), "returnComment")).isEqualTo("Thiếu số liệu");

        complete(pi, Map.of("reportItems", FormVariables.json(List.of(Map.of("no", "1", "status", "DONE", "result", "Đủ")))));
        complete(pi, Map.of("decision", "ACCEPT"));
        jobs.runDue();
        assertThat(pi).isEnded();
    }

    @Test
    void aCascadeWaitsForTheChildDirectiveThenAsksForTheConsolidatedReport() {
        ProcessInstance pi = assignmentFor("so-gddt", "phuong-le-chan");
        assertThat(modesOffered(pi)).containsExactly("DIRECT", "CASCADE");
        Map<String, Object> form = new HashMap<>();
        form.put("mode", "CASCADE");
        form.put("childNumber", "/UBND");
        form.put("childSubject", "V/v triển khai");
        form.put("childRecipients", FormVariables.json(List.of("thcs@phuong-le-chan")));
        form.put("childItems", FormVariables.json(List.of(Map.of("no", "1", "text", "Thực hiện", "deadline", "2026-06-15"))));
        complete(pi, form);

        assertThat(pi).isWaitingAt(AssignmentProcess.ISSUE_CHILD_DIRECTIVE);
        ProcessInstance child = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
        assertThat(child).isNotNull();
        jobs.runDue();
        List<Assignment> childAssignments = assignments.ofDirective(
                assignments.findById(assignmentOf(pi)).orElseThrow().childDirectiveId());
        assertThat(childAssignments).isNotEmpty().allSatisfy(a -> assertThat(a.unitId()).startsWith("thcs-"));

        for (Assignment a : childAssignments) {
            ProcessInstance school = runtime.createProcessInstanceQuery().processInstanceId(a.processInstanceId()).singleResult();
            complete(school, Map.of("mode", "DIRECT"));
            complete(school, Map.of("reportItems", FormVariables.json(List.of(Map.of("no", "1", "status", "DONE")))));
            complete(school, Map.of("decision", "ACCEPT"));
        }
        assertThat(pi).isWaitingAt(AssignmentProcess.ISSUE_CHILD_DIRECTIVE);
        jobs.runDue();

        assertThat(child).isEnded().hasPassed("EndEvent_CascadeCompleted");
        assertThat(pi).isWaitingAt(AssignmentProcess.SUBMIT_REPORT);
        assertThat(task(pi)).hasCandidateGroupAssociated("phuong-le-chan").isAssignedTo("phuong-le-chan.focal");
    }

    /** The choices the receive form's radio shows. */
    private List<String> modesOffered(ProcessInstance pi) {
        List<String> values = new ArrayList<>();
        api.parse(scenario.shown(task(pi), "modeOptions")).forEach(option -> values.add(option.get("value").asText()));
        return values;
    }

    @Test
    void aSchoolThatReceivesBeforeItsTaskExistsIsToldToTryAgainInAFewSeconds() {
        var issued = api.as("admin").post("/api/directives", Map.of("number", "9481/KH-SGDĐT",
                "issuer", "so-gddt", "issuedOn", "2026-03-01", "subject", "Kế hoạch thử",
                "items", List.of(Map.of("no", "1", "text", "Thực hiện", "recipients", List.of("thpt-tran-phu"), "deadline", "2026-06-30"))));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        long id = assignments.ofDirective(issued.json().get("id").asLong()).get(0).id();

        // issuing's jobs have not run yet: the school's task does not exist
        var early = api.as("thpt-tran-phu.focal").post("/api/assignments/" + id + "/receive", Map.of("mode", "DIRECT"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("error").asText())
                .isEqualTo("assignment " + id + " is not waiting to be received (it is ISSUED: its task is still being created, try again in a few seconds)");

        jobs.runDue();
        assertThat(api.as("thpt-tran-phu.focal").post("/api/assignments/" + id + "/receive", Map.of("mode", "DIRECT")).status())
                .isEqualTo(200);
    }

    private ProcessInstance assignmentFor(String issuer, String unit) {
        var issued = api.as("admin").post("/api/directives", Map.of("number", (numbers++) + "/KH-SGDĐT",
                "issuer", issuer, "issuedOn", "2026-03-01", "subject", "Kế hoạch thử",
                "items", List.of(Map.of("no", "1", "text", "Thực hiện", "recipients", List.of(unit), "deadline", "2026-06-30"))));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        jobs.runDue();
        long directive = issued.json().get("id").asLong();
        Assignment a = assignments.ofDirective(directive).get(0);
        return runtime.createProcessInstanceQuery().processInstanceId(a.processInstanceId()).singleResult();
    }

    private long assignmentOf(ProcessInstance pi) {
        return (Long) runtime.getVariable(pi.getId(), AssignmentProcess.ASSIGNMENT_ID);
    }

    /** What Tasklist does on submit: the form's values on the task, then complete. */
    private void complete(ProcessInstance pi, Map<String, Object> form) {
        String taskId = task(pi).getId();
        tasks.setVariablesLocal(taskId, form);
        tasks.complete(taskId);
    }
}
