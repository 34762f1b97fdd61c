package vn.giaoviec.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaoviec.processes.OwnerDeployments.OWNER;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.directive.assignment.AssignmentProcess;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.Chromium;
import vn.giaoviec.support.Scenario;
import vn.giaoviec.support.TasklistPage;

/**
 * The step a process owner added from the template "Phê duyệt của thủ trưởng", as the school's head
 * meets it in Tasklist (Chromium, vi-VN): the task is already theirs, the form shows the unit's report
 * in Vietnamese, a tick and "Hoàn thành" send the report on to the Sở's office.
 */
@IntegrationTest
class HeadApprovalBrowserIntegrationTest {

    private static final String SCHOOL = "th-nguyen-van-to-le-chan";
    private static final String NUMBER = "7741/SGDĐT-VP";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    Api api;
    @Autowired
    Scenario scenario;
    @Autowired
    RepositoryService repository;
    @Autowired
    TaskService tasks;
    @Value("${giaoviec.org.user-password}")
    String password;

    private final List<String> deployed = new ArrayList<>();
    private ChromeDriver browser;
    private TasklistPage tasklist;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start();
        tasklist = new TasklistPage(browser, port, password);
    }

    @AfterEach
    void closeAndGoBackToTheShippedVersion() {
        if (browser != null) {
            browser.quit();
        }
        deployed.forEach(id -> repository.deleteDeployment(id, true, true));
    }

    @Test
    void theHeadApprovesTheReportInTasklist() throws IOException {
        String step = OwnerDeployments.applied("head-approval.json", "bpmn:userTask", "UserTask_HeadApproval", Map.of());
        String diagram = OwnerDeployments.beforeReview(step);
        ResponseEntity<String> response = OwnerDeployments.deploy(rest, OWNER, password, diagram);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        deployed.add(api.parse(response.getBody()).get("id").asText());

        scenario.at(2026, 3, 2, 9, 0);
        long school = scenario.assignment(scenario.issue(NUMBER, List.of(SCHOOL), LocalDate.of(2026, 4, 30), Map.of()), SCHOOL);
        scenario.receiveAndReport(school, SCHOOL);
        String process = scenario.detail(school).get("processInstanceId").asText();
        Task approval = task(process, "UserTask_HeadApproval");

        tasklist.logIn(SCHOOL + ".head");
        tasklist.searchByNumber(NUMBER);
        // a step the owner added names the letter in the list like the shipped ones
        assertThat(tasklist.open(approval.getId())).startsWith("Thủ trưởng duyệt báo cáo · " + NUMBER + " · hạn ");
        assertThat(tasklist.field("Textarea_reportSummary").getDomProperty("value"))
                .startsWith("Báo cáo của Trường Tiểu học Nguyễn Văn Tố theo văn bản " + NUMBER)
                .contains("1. Đã hoàn thành: Đã hoàn thành");
        assertThat(tasklist.english()).as("approval form").isEmpty();
        tasklist.click(browser.findElement(By.cssSelector(".fjs-container [id$='-Checkbox_headApproved']")));
        tasklist.field("Textarea_headComment").sendKeys("Đồng ý gửi Sở");
        tasklist.screenshot("tasklist-head-approval.png");
        tasklist.complete();

        new WebDriverWait(browser, Chromium.PATIENCE).withMessage(() -> "no review; Tasklist says: " + tasklist.notices())
                .until(d -> task(process, AssignmentProcess.REVIEW_REPORT) != null);
        assertThat(task(process, "UserTask_HeadApproval")).isNull();
    }

    private Task task(String process, String step) {
        return tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey(step).singleResult();
    }
}
