package vn.giaoviec.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaoviec.processes.OwnerDeployments.APPROVAL;
import static vn.giaoviec.processes.OwnerDeployments.OWNER;
import static vn.giaoviec.processes.OwnerDeployments.shipped;
import static vn.giaoviec.processes.OwnerDeployments.withHeadApproval;
import static vn.giaoviec.support.Scenario.ok;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.directive.assignment.AssignmentProcess;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.Jobs;
import vn.giaoviec.support.Scenario;

/**
 * A process owner changes bpmn/assignment.bpmn the way Camunda Modeler deploys it — one file through
 * /engine-rest/deployment/create, under their own login — and the product stays whole: the next
 * directive's units go through the added step, a unit that cascades still starts its own letter, a
 * directive issued before keeps its version. A diagram that drops what the code needs is refused
 * with a message the owner can act on; a unit's user may not deploy at all.
 */
@IntegrationTest
class ProcessOwnerIntegrationTest {

    private static final String SCHOOL = "thcs-ngo-quyen-le-chan";
    private static final String WARD = "phuong-le-chan";
    private static final LocalDate DUE = LocalDate.of(2026, 4, 30);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Api api;
    @Autowired
    Scenario scenario;
    @Autowired
    Jobs jobs;
    @Autowired
    RepositoryService repository;
    @Autowired
    ProcessDeployment shippedDiagrams;
    @Autowired
    TaskService tasks;
    @Value("${giaoviec.org.user-password}")
    String password;

    private final List<String> deployed = new ArrayList<>();

    /** Every test class shares the database: the owner's version goes, with its instances. */
    @AfterEach
    void backToTheShippedVersion() {
        deployed.forEach(id -> repository.deleteDeployment(id, true, true));
    }

    @Test
    void anOwnersDiagramDeployedAloneRunsTheNextDirectiveAndTheCascade() throws IOException {
        scenario.at(2026, 3, 2, 9, 0);
        long before = scenario.issue("7711/SGDĐT-VP", List.of(SCHOOL), DUE, Map.of());
        int shippedVersion = repository.createProcessDefinitionQuery().processDefinitionKey("assignment")
                .latestVersion().singleResult().getVersion();

        ResponseEntity<String> response = deploy(OWNER, withHeadApproval());
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        JsonNode definitions = api.parse(response.getBody()).get("deployedProcessDefinitions");
        assertThat(definitions.size()).isEqualTo(1);
        assertThat(definitions.elements().next().get("version").asInt()).isEqualTo(shippedVersion + 1);
        // a restart deploys the jar's files that changed since its last deployment: none, the owner's version stays
        shippedDiagrams.run(null);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("assignment").latestVersion()
                .singleResult().getVersion()).isEqualTo(shippedVersion + 1);

        long after = scenario.issue("7712/SGDĐT-VP", List.of(SCHOOL, WARD), DUE, Map.of());

        // the school's report now goes to its head before the Sở's office sees it
        long school = scenario.assignment(after, SCHOOL);
        scenario.receiveAndReport(school, SCHOOL);
        Task approval = step(school, APPROVAL);
        assertThat(approval.getAssignee()).isEqualTo(SCHOOL + ".head");
        assertThat(step(school, AssignmentProcess.REVIEW_REPORT)).isNull();
        // the head approves from Tasklist's door
        ResponseEntity<String> approved = rest.withBasicAuth(SCHOOL + ".head", password).postForEntity(
                "/engine-rest/task/" + approval.getId() + "/complete", json("{}"), String.class);
        assertThat(approved.getStatusCode().value()).as(approved.getBody()).isEqualTo(204);
        ok(api.as("so-gddt-vp.focal").post("/api/assignments/" + school + "/review", Map.of("decision", "ACCEPT")));
        jobs.runDue();
        assertThat(scenario.detail(school).get("state").asText()).isEqualTo("ACCEPTED");

        // the ward issues its own letter from the new version: the call to the directive process resolves
        long ward = scenario.assignment(after, WARD);
        var cascade = api.as(WARD + ".head").post("/api/assignments/" + ward + "/receive", Map.of("mode", "CASCADE",
                "directive", Map.of("number", "/UBND-VHXX", "subject", "V/v triển khai rà soát",
                        "items", List.of(Map.of("no", "1", "text", "Rà soát", "recipients", List.of(WARD + "-vhxh"),
                                "deadline", "2026-04-20")))));
        assertThat(cascade.status()).as(cascade.toString()).isEqualTo(200);
        jobs.runDue();
        long child = cascade.json().get("childDirective").get("id").asLong();
        assertThat(step(scenario.assignment(child, WARD + "-vhxh"), AssignmentProcess.RECEIVE)).isNotNull();

        // the directive issued before keeps the shipped version: report, then straight to review
        long old = scenario.assignment(before, SCHOOL);
        scenario.receiveAndReport(old, SCHOOL);
        assertThat(step(old, APPROVAL)).isNull();
        assertThat(step(old, AssignmentProcess.REVIEW_REPORT)).isNotNull();
    }

    /** What Cockpit shows a process owner comes through these grants: definitions and running instances. */
    @Test
    void anOwnerFollowsDefinitionsAndInstancesButCannotDeleteADeployment() {
        scenario.at(2026, 3, 2, 9, 0);
        scenario.issue("7713/SGDĐT-VP", List.of(SCHOOL), DUE, Map.of());
        ResponseEntity<String> definitions = rest.withBasicAuth(OWNER, password)
                .getForEntity("/engine-rest/process-definition?key=assignment&latestVersion=true", String.class);
        assertThat(api.parse(definitions.getBody()).size()).as(definitions.getBody()).isEqualTo(1);
        ResponseEntity<String> instances = rest.withBasicAuth(OWNER, password)
                .getForEntity("/engine-rest/process-instance?businessKey=7713/SGDĐT-VP&processDefinitionKey=assignment", String.class);
        assertThat(api.parse(instances.getBody()).size()).as(instances.getBody()).isEqualTo(1);

        String shippedDeployment = repository.createDeploymentQuery().deploymentName(ProcessDeployment.NAME)
                .orderByDeploymentTime().desc().list().get(0).getId();
        ResponseEntity<String> deleted = rest.withBasicAuth(OWNER, password).exchange("/engine-rest/deployment/" + shippedDeployment,
                HttpMethod.DELETE, null, String.class);
        assertThat(deleted.getStatusCode().value()).as(deleted.getBody()).isEqualTo(403);
        assertThat(repository.createDeploymentQuery().deploymentId(shippedDeployment).count()).isEqualTo(1);
    }

    @Test
    void aUnitsUserMayNotDeploy() {
        long deployments = repository.createDeploymentQuery().count();
        ResponseEntity<String> response = deploy(SCHOOL + ".focal", withHeadApproval());
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(403);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void aDiagramThatBreaksTheContractIsRefusedSayingWhy() {
        long deployments = repository.createDeploymentQuery().count();
        String shipped = shipped("assignment.bpmn");

        String withoutReview = shipped.replaceAll("(?s)<bpmn:userTask id=\"UserTask_ReviewReport\".*?</bpmn:userTask>", "")
                .replace("targetRef=\"UserTask_ReviewReport\"", "targetRef=\"Gateway_ReportAccepted\"")
                .replace("sourceRef=\"UserTask_ReviewReport\"", "sourceRef=\"Gateway_ReportOrExtension\"");
        assertThat(refusal(withoutReview)).contains("thiếu bước «Xem xét báo cáo» (UserTask_ReviewReport) mà hệ thống cần");

        String listenerDropped = shipped.replaceFirst(
                "<camunda:taskListener delegateExpression=\"\\$\\{submitReportTask}\" event=\"complete\" />", "");
        assertThat(refusal(listenerDropped)).contains("bước «Nộp báo cáo» (UserTask_SubmitReport) đã bỏ "
                + "camunda:taskListener delegateExpression=\"${submitReportTask}\" event=\"complete\"");

        String noSuchBean = withHeadApproval().replace("${assignmentTasks.headOf(assignmentId)}", "${headOfUnit.of(assignmentId)}");
        assertThat(refusal(noSuchBean)).contains("gọi «headOfUnit»");

        String noSuchForm = withHeadApproval().replace("name=\"Thủ trưởng duyệt báo cáo\"",
                "name=\"Thủ trưởng duyệt báo cáo\" camunda:formRef=\"phe-duyet-cu\" camunda:formRefBinding=\"latest\"");
        assertThat(refusal(noSuchForm)).contains("dùng biểu mẫu «phe-duyet-cu» chưa được triển khai");

        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    private String refusal(String diagram) {
        ResponseEntity<String> response = deploy(OWNER, diagram);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        return api.parse(response.getBody()).get("message").asText();
    }

    private ResponseEntity<String> deploy(String user, String diagram) {
        ResponseEntity<String> response = OwnerDeployments.deploy(rest, user, password, diagram);
        if (response.getStatusCode().value() == 200) {
            deployed.add(api.parse(response.getBody()).get("id").asText());
        }
        return response;
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private Task step(long assignment, String step) {
        String process = scenario.detail(assignment).get("processInstanceId").asText();
        return tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey(step).singleResult();
    }
}
