package vn.giaoviec.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaoviec.processes.OwnerDeployments.OWNER;
import static vn.giaoviec.processes.OwnerDeployments.shipped;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.directive.assignment.AssignmentProcess;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.Jobs;
import vn.giaoviec.support.Scenario;

/**
 * The element templates in element-templates/ do what they promise once a process owner applies them
 * in Modeler: applied here as Modeler would (each binding written where the template says), between
 * "Nộp báo cáo" and "Xem xét báo cáo", deployed through /engine-rest and run. The head sees the
 * unit's report in the approval form and approves it; the notice reaches the head by mail; the report
 * then goes to the reviewer. (The templates' JSON is checked against Camunda's schema in .ci/run.)
 */
@IntegrationTest
class ElementTemplatesIntegrationTest {

    private static final String SCHOOL = "th-du-hang-le-chan";
    private static final String NUMBER = "7731/SGDĐT-VP";
    private static final String WARD = "phuong-le-chan";

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
    TaskService tasks;
    @Autowired
    FormService forms;
    @Autowired
    JdbcClient jdbc;
    @Value("${giaoviec.org.user-password}")
    String password;

    private final List<String> deployed = new ArrayList<>();

    @AfterEach
    void backToTheShippedVersion() {
        deployed.forEach(id -> repository.deleteDeployment(id, true, true));
    }

    @Test
    void aHeadsApprovalAndANoticeAddedFromTheTemplatesRun() throws IOException {
        String approval = OwnerDeployments.applied("head-approval.json", "bpmn:userTask", "UserTask_HeadApproval", Map.of());
        String notice = OwnerDeployments.applied("send-notice.json", "bpmn:serviceTask", "ServiceTask_NotifyHead", Map.of(
                "noticeTo", "HEAD", "noticeSubject", "Báo cáo đã được thủ trưởng duyệt",
                "noticeText", "Báo cáo của đơn vị đã được gửi lên Sở."));
        String diagram = OwnerDeployments.beforeReview(approval, notice);
        ResponseEntity<String> response = OwnerDeployments.deploy(rest, OWNER, password, diagram);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        deployed.add(api.parse(response.getBody()).get("id").asText());

        scenario.at(2026, 3, 2, 9, 0);
        long school = scenario.assignment(scenario.issue(NUMBER, List.of(SCHOOL), LocalDate.of(2026, 4, 30), Map.of()), SCHOOL);
        scenario.receiveAndReport(school, SCHOOL);

        Task head = step(school, "UserTask_HeadApproval");
        assertThat(head.getName()).startsWith("Thủ trưởng duyệt báo cáo · " + NUMBER + " · hạn ").endsWith(" · V/v kiểm thử thời hạn " + NUMBER);
        assertThat(head.getAssignee()).isEqualTo(SCHOOL + ".head");
        assertThat(forms.getTaskFormVariables(head.getId()).getValue("reportSummary", String.class))
                .startsWith("Báo cáo của Trường Tiểu học Dư Hàng theo văn bản " + NUMBER)
                .contains("1. Đã hoàn thành: Đã hoàn thành");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> approved = rest.withBasicAuth(SCHOOL + ".head", password).postForEntity(
                "/engine-rest/task/" + head.getId() + "/submit-form",
                new HttpEntity<>("{\"variables\": {\"headApproved\": {\"value\": true}, \"headComment\": {\"value\": \"Đồng ý\"}}}",
                        headers), String.class);
        assertThat(approved.getStatusCode().value()).as(approved.getBody()).isEqualTo(204);
        jobs.runDue();

        assertThat(jdbc.sql("select recipients from mail_outbox where kind = 'NOTICE' and subject = ?")
                .param("[" + NUMBER + "] Báo cáo đã được thủ trưởng duyệt").query(String.class).list())
                .containsExactly(SCHOOL + ".head@giaoviec.test");
        assertThat(step(school, AssignmentProcess.REVIEW_REPORT)).isNotNull();
    }

    @Test
    void aUnitIssuesItsOwnLetterFromTheTemplatesStep() throws IOException {
        String issue = OwnerDeployments.applied("issue-child-directive.json", "bpmn:serviceTask", "ServiceTask_IssueToSchools", Map.of(
                "childRecipients", "thcs@" + WARD, "childSubject", "V/v rà soát thiết bị dạy học",
                "childTask", "Rà soát thiết bị dạy học, báo cáo Phòng VHXH phường", "childDueDays", "10"));
        String diagram = shipped("assignment.bpmn").replace(
                "<bpmn:sequenceFlow id=\"Flow_Direct\" name=\"Tự thực hiện\" sourceRef=\"Gateway_DirectOrCascade\" "
                        + "targetRef=\"Gateway_ReportDue\">",
                issue + "<bpmn:sequenceFlow id=\"Flow_IssuedToReport\" sourceRef=\"ServiceTask_IssueToSchools\" targetRef=\"Gateway_ReportDue\" />\n"
                        + "<bpmn:sequenceFlow id=\"Flow_Direct\" name=\"Tự thực hiện\" sourceRef=\"Gateway_DirectOrCascade\" "
                        + "targetRef=\"ServiceTask_IssueToSchools\">");
        ResponseEntity<String> response = OwnerDeployments.deploy(rest, OWNER, password, diagram);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        deployed.add(api.parse(response.getBody()).get("id").asText());

        scenario.at(2026, 3, 2, 9, 0);
        long ward = scenario.assignment(scenario.issue("7732/SGDĐT-VP", List.of(WARD), LocalDate.of(2026, 4, 30), Map.of()), WARD);
        Scenario.ok(api.as(WARD + ".focal").post("/api/assignments/" + ward + "/receive", Map.of("mode", "DIRECT")));
        jobs.runDue();

        List<Long> letters = jdbc.sql("select id from directive where parent_assignment_id = ?").param(ward)
                .query(Long.class).list();
        assertThat(letters).hasSize(1);
        JsonNode letter = Scenario.ok(api.as(WARD + ".focal").get("/api/directives/" + letters.get(0))).json();
        assertThat(letter.get("issuer").asText()).isEqualTo(WARD);
        assertThat(letter.get("number").asText()).endsWith("/UBND-VHXX");
        assertThat(letter.get("subject").asText()).isEqualTo("V/v rà soát thiết bị dạy học");
        // ten working days from 02/03/2026
        assertThat(letter.at("/items/0/deadline").asText()).isEqualTo("2026-03-16");
        assertThat(letter.get("assignments")).extracting(a -> a.get("unit").asText())
                .containsExactlyInAnyOrder("thcs-ngo-quyen-le-chan", "thcs-tran-phu-le-chan", "thcs-le-chan-le-chan");
        for (JsonNode school : letter.get("assignments")) {
            assertThat(step(school.get("id").asLong(), AssignmentProcess.RECEIVE)).isNotNull();
        }
        // the ward goes on to its own report without waiting for the schools
        assertThat(step(ward, AssignmentProcess.SUBMIT_REPORT)).isNotNull();
    }

    private Task step(long assignment, String step) {
        String process = scenario.detail(assignment).get("processInstanceId").asText();
        return tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey(step).singleResult();
    }
}
