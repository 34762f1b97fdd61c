package vn.giaoviec.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.directive.assignment.Assignment;
import vn.giaoviec.directive.assignment.AssignmentRepository;
import vn.giaoviec.kernel.FormVariables;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.Jobs;

/**
 * Every path of bpmn/directive.bpmn through the whole application (API, tables, the real beans);
 * the diagram alone, its beans mocked, is {@link DirectiveProcessTest}.
 */
@IntegrationTest
class DirectiveFlowIntegrationTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    DirectiveRepository directives;
    @Autowired
    AssignmentRepository assignments;
    @Autowired
    Api api;
    @Autowired
    Jobs jobs;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
    }

    @Test
    void issuesInBatchesOneJobEachThenWaitsForEveryAssignment() {
        var issued = api.as("so-gddt.focal").post("/api/directives", Map.of("number", "501/SGDĐT-VP",
                "issuer", "so-gddt", "subject", "V/v thử",
                "items", List.of(Map.of("no", "1", "recipients", List.of("truong@ubnd-tp"), "deadline", "2099-12-31"))));
        long id = issued.json().get("id").asLong();
        int count = issued.json().get("assignmentCount").asInt();
        ProcessInstance pi = instance(id);

        assertThat(pi).isWaitingAt(DirectiveProcess.ISSUE_ASSIGNMENTS);
        // test batches hold 7: one job per batch, run outside the request
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isEqualTo((count + 6) / 7);
        assertThat(assignments.ofDirective(id)).allSatisfy(a -> assertThat(a.processInstanceId()).isNull());

        jobs.runDue();

        assertThat(pi).isWaitingAt(DirectiveProcess.ASSIGNMENTS_COMPLETED);
        assertThat(assignments.ofDirective(id)).allSatisfy(a -> assertThat(a.processInstanceId()).isNotNull());
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("501/SGDĐT-VP")
                .processDefinitionKey("assignment").count()).isEqualTo(count);
    }

    @Test
    void aTopLevelDirectiveEndsWithTheMonitoringUnitsFinalReport() {
        var issued = api.as("so-gddt.focal").post("/api/directives", Map.of("number", "502/SGDĐT-VP",
                "issuer", "so-gddt", "subject", "V/v thử",
                "items", List.of(Map.of("no", "1", "recipients", List.of("thpt@so-gddt"), "deadline", "2099-12-31"))));
        long id = issued.json().get("id").asLong();
        ProcessInstance pi = instance(id);
        jobs.runDue();

        for (Assignment a : assignments.ofDirective(id)) {
            String school = a.processInstanceId();
            complete(school, Map.of("mode", "DIRECT"));
            complete(school, Map.of("reportItems", FormVariables.json(List.of(Map.of("no", "1", "status", "DONE")))));
            complete(school, Map.of("decision", "ACCEPT"));
            assertThat(pi).isWaitingAt(DirectiveProcess.ASSIGNMENTS_COMPLETED);
            jobs.runDue();
        }

        assertThat(pi).isWaitingAt(DirectiveProcess.CONSOLIDATE_FINAL_REPORT);
        assertThat(task(pi)).hasCandidateGroupAssociated("so-gddt-vp").isAssignedTo("so-gddt-vp.focal");
        var form = api.as("so-gddt-vp.focal").get("/engine-rest/task/" + task(pi).getId() + "/form-variables");
        assertThat(form.status()).as(form.toString()).isEqualTo(200);
        assertThat(form.json().get("summaryText").get("value").asText()).contains("Đã hoàn thành đúng hạn");
        assertThat(form.json().get("directiveNumber").get("value").asText()).isEqualTo(directives.findById(id).orElseThrow().number());
        assertThat(directives.findById(id).orElseThrow().state()).isEqualTo(Directive.COMPLETED);

        complete(pi.getId(), Map.of("finalReport", "Các trường THPT đã hoàn thành 100% nhiệm vụ."));
        assertThat(pi).isEnded().hasPassed("EndEvent_DirectiveCompleted");
        assertThat(directives.findById(id).orElseThrow().finalReport()).startsWith("Các trường THPT");
    }

    @Test
    void aClerkRegistersADirectiveWithTheTasklistStartForm() {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(DirectiveProcess.KEY).latestVersion().singleResult().getId();
        Map<String, Object> form = new java.util.HashMap<>();
        form.put("number", "/UBND-VHXX");
        form.put("subject", "V/v rà soát thiết bị dạy học");
        form.put("issuedOn", "2026-03-02");
        form.put("recipients", "mam-non+tieu-hoc@phuong-hong-bang");
        form.put("items", FormVariables.json(List.of(
                Map.of("no", "1", "text", "Rà soát thiết bị", "deadline", "2099-03-20"),
                Map.of("no", "2", "text", "Báo cáo Phòng VHXH", "recipients", "phuong-hong-bang-vhxh", "deadline", "2099-03-25"))));

        engine.getIdentityService().setAuthentication("phuong-hong-bang.focal", List.of("phuong-hong-bang"));
        ProcessInstance pi;
        try {
            pi = engine.getFormService().submitStartForm(definition, form);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }

        long id = (Long) runtime.getVariable(pi.getId(), DirectiveProcess.DIRECTIVE_ID);
        Directive d = directives.findById(id).orElseThrow();
        assertThat(d.issuerId()).isEqualTo("phuong-hong-bang");
        assertThat(d.monitoringUnitId()).isEqualTo("phuong-hong-bang-vhxh");
        assertThat(d.number()).matches("\\d+/UBND-VHXX");
        assertThat(pi.getBusinessKey()).isEqualTo(d.number());
        assertThat(runtime.getVariables(pi.getId())).containsOnlyKeys(DirectiveProcess.DIRECTIVE_ID);
        jobs.runDue();
        assertThat(assignments.ofDirective(id)).extracting(Assignment::unitId)
                .contains("phuong-hong-bang-vhxh").doesNotContain("phuong-hong-bang");
    }

    @Test
    void anInvalidStartFormRegistersNothing() {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(DirectiveProcess.KEY).latestVersion().singleResult().getId();
        long before = runtime.createProcessInstanceQuery().processDefinitionKey(DirectiveProcess.KEY).count();
        engine.getIdentityService().setAuthentication("phuong-le-chan.focal", List.of("phuong-le-chan"));
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getFormService().submitStartForm(definition,
                    Map.of("subject", "V/v thiếu đơn vị", "recipients", "truong-khong-co",
                            "items", FormVariables.json(List.of(Map.of("no", "1"))))))
                    .hasMessageContaining("unknown unit: truong-khong-co");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(DirectiveProcess.KEY).count()).isEqualTo(before);
    }

    private ProcessInstance instance(long directiveId) {
        return runtime.createProcessInstanceQuery()
                .processInstanceId(directives.findById(directiveId).orElseThrow().processInstanceId()).singleResult();
    }

    private void complete(String processInstanceId, Map<String, Object> form) {
        String taskId = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
        tasks.setVariablesLocal(taskId, form);
        tasks.complete(taskId);
    }
}
