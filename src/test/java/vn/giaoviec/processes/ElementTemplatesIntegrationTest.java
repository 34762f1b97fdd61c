package vn.giaoviec.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaoviec.processes.OwnerDeployments.OWNER;
import static vn.giaoviec.processes.OwnerDeployments.shipped;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import com.fasterxml.jackson.databind.ObjectMapper;

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

    private static final Path TEMPLATES = Path.of("element-templates");
    private static final String SCHOOL = "th-du-hang-le-chan";
    private static final String NUMBER = "7731/SGDĐT-VP";

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

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> deployed = new ArrayList<>();

    @AfterEach
    void backToTheShippedVersion() {
        deployed.forEach(id -> repository.deleteDeployment(id, true, true));
    }

    @Test
    void aHeadsApprovalAndANoticeAddedFromTheTemplatesRun() throws IOException {
        String approval = applied("head-approval.json", "bpmn:userTask", "UserTask_HeadApproval", Map.of());
        String notice = applied("send-notice.json", "bpmn:serviceTask", "ServiceTask_NotifyHead", Map.of(
                "noticeTo", "HEAD", "noticeSubject", "Báo cáo đã được thủ trưởng duyệt",
                "noticeText", "Báo cáo của đơn vị đã được gửi lên Sở."));
        String diagram = shipped("assignment.bpmn").replace(
                "<bpmn:sequenceFlow id=\"Flow_ToReview\" name=\"Nộp báo cáo\" sourceRef=\"Gateway_ReportOrExtension\" "
                        + "targetRef=\"UserTask_ReviewReport\">",
                approval + notice
                        + "<bpmn:sequenceFlow id=\"Flow_ApprovedToNotice\" sourceRef=\"UserTask_HeadApproval\" targetRef=\"ServiceTask_NotifyHead\" />\n"
                        + "<bpmn:sequenceFlow id=\"Flow_NoticeToReview\" sourceRef=\"ServiceTask_NotifyHead\" targetRef=\"UserTask_ReviewReport\" />\n"
                        + "<bpmn:sequenceFlow id=\"Flow_ToReview\" name=\"Nộp báo cáo\" sourceRef=\"Gateway_ReportOrExtension\" "
                        + "targetRef=\"UserTask_HeadApproval\">");
        ResponseEntity<String> response = OwnerDeployments.deploy(rest, OWNER, password, diagram);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        deployed.add(api.parse(response.getBody()).get("id").asText());

        scenario.at(2026, 3, 2, 9, 0);
        long school = scenario.assignment(scenario.issue(NUMBER, List.of(SCHOOL), LocalDate.of(2026, 4, 30), Map.of()), SCHOOL);
        scenario.receiveAndReport(school, SCHOOL);

        Task head = step(school, "UserTask_HeadApproval");
        assertThat(head.getName()).isEqualTo("Thủ trưởng duyệt báo cáo");
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

    /**
     * The element a process owner gets from the template: every binding written where it says, a
     * visible property's default value unless the owner typed another.
     */
    private String applied(String file, String element, String id, Map<String, String> typed) throws IOException {
        JsonNode template = json.readTree(Files.readAllBytes(TEMPLATES.resolve(file))).get(0);
        StringBuilder attributes = new StringBuilder();
        StringBuilder inputs = new StringBuilder();
        for (JsonNode property : template.get("properties")) {
            JsonNode binding = property.get("binding");
            String name = binding.get("name").asText();
            String value = typed.getOrDefault(name, property.path("value").asText());
            switch (binding.get("type").asText()) {
                case "property" -> attributes.append(' ').append(name).append("=\"").append(value).append('"');
                case "camunda:inputParameter" -> inputs.append("<camunda:inputParameter name=\"").append(name).append("\">")
                        .append(value).append("</camunda:inputParameter>");
                default -> throw new AssertionError("binding the test cannot apply: " + binding);
            }
        }
        return "<" + element + " id=\"" + id + "\"" + attributes + ">"
                + (inputs.isEmpty() ? "" : "<bpmn:extensionElements><camunda:inputOutput>" + inputs
                + "</camunda:inputOutput></bpmn:extensionElements>")
                + "</" + element + ">\n";
    }

    private Task step(long assignment, String step) {
        String process = scenario.detail(assignment).get("processInstanceId").asText();
        return tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey(step).singleResult();
    }
}
