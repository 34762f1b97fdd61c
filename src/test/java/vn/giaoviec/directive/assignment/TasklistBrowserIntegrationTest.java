package vn.giaoviec.directive.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.Chromium;
import vn.giaoviec.support.Scenario;
import vn.giaoviec.support.TasklistPage;

/**
 * A school does its work in Camunda's own Tasklist, in Debian's Chromium ({@link Chromium}) set to Vietnamese: logs in
 * on a Vietnamese page, finds its task by the letter's number in a list that names letter and deadline,
 * opens it (its own: no claim), reads the disabled header fields (one of them longer than a String
 * variable) and completes the receive and report forms; the report arrives as the school typed it, and
 * the Sở's office accepts it from its filter "Chờ tôi duyệt". A
 * ward fills the most complex form: it issues its own letter, picks recipients in the tag list, rewrites
 * the prefilled task and its deadline in the dynamic list, and completes without saving first.
 */
@IntegrationTest
class TasklistBrowserIntegrationTest {

    // no other test counts this school's tasks
    private static final String SCHOOL = "thcs-le-chan-le-chan";
    private static final String NUMBER = "7641/SGDĐT-VP";
    private static final String SUBJECT = "V/v rà soát hồ sơ chuyển đổi số năm học 2025-2026";
    private static final String RESULT = "Đã rà soát 100% hồ sơ, cập nhật lên phần mềm quản lý trường học";
    private static final String DIFFICULTIES = "Đường truyền Internet của trường chậm, thiếu máy tính cho tổ Văn";
    // the ward's letter, below
    private static final String WARD = "phuong-hong-bang";
    private static final String VHXH = "phuong-hong-bang-vhxh";
    private static final String LY_TU_TRONG = "thcs-ly-tu-trong-hong-bang";
    private static final String CASCADE_NUMBER = "7651/SGDĐT-VP";
    private static final String CASCADE_SUBJECT = "V/v rà soát thiết bị dạy học phục vụ chuyển đổi số";
    private static final String WARD_ITEM = "Rà soát thiết bị dạy học của các cơ sở giáo dục trên địa bàn, báo cáo Sở";
    private static final String CHILD_SUBJECT = "V/v triển khai rà soát thiết bị dạy học trên địa bàn phường";
    private static final String CHILD_ITEM = "Rà soát thiết bị dạy học của đơn vị, gửi biểu tổng hợp về Phòng VHXH phường";

    @LocalServerPort
    int port;
    @Autowired
    Api api;
    @Autowired
    Scenario scenario;
    @Autowired
    TaskService tasks;
    @Value("${giaoviec.org.user-password}")
    String password;

    private ChromeDriver browser;
    private WebDriverWait wait;
    private TasklistPage tasklist;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Chromium.PATIENCE);
        tasklist = new TasklistPage(browser, port, password);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aSchoolReceivesItsTaskAndReportsInTasklist() throws IOException {
        // a real letter's task: several paragraphs, longer than the engine's String variable
        String item = text("Rà soát, cập nhật hồ sơ chuyển đổi số của nhà trường; báo cáo số liệu từng khối lớp.\n", 4500);
        long assignment = issue(NUMBER, SUBJECT, item, SCHOOL);
        String process = scenario.detail(assignment).get("processInstanceId").asText();
        Task receive = task(process, AssignmentProcess.RECEIVE);
        // shown from our tables, whole: no engine variable and its 4,000-character column in between
        assertThat(tasks.getVariableLocal(receive.getId(), "itemsText")).isNull();

        // a browser set to Vietnamese: no English on the login page, the list and the task, and no banner
        tasklist.showLogin();
        assertThat(tasklist.english()).as("login page").isEmpty();
        assertThat(tasklist.showsBannerOrCreateTask()).isFalse();
        tasklist.screenshot("tasklist-login.png");
        tasklist.logIn(SCHOOL + ".focal");
        // the unit's work by deadline, the most overdue first, without choosing it
        assertThat(tasklist.sortedBy()).isEqualTo("Thời hạn");
        tasklist.searchByNumber(NUMBER);
        assertThat(tasklist.english()).as("task list").isEmpty();
        assertThat(tasklist.showsBannerOrCreateTask()).isFalse();
        // the list says which letter and by when, without a click
        assertThat(tasklist.open(receive.getId()))
                .isEqualTo("Tiếp nhận nhiệm vụ · " + NUMBER + " · hạn 30/04/2026 · " + SUBJECT);
        assertThat(tasklist.english()).as("task pane").isEmpty();
        assertThat(tasklist.field("Textfield_directiveNumber").getDomProperty("value")).isEqualTo(NUMBER);
        assertThat(tasklist.field("Textarea_directiveSubject").getDomProperty("value")).isEqualTo(SUBJECT);
        assertThat(tasklist.field("Textfield_unitName").getDomProperty("value")).isEqualTo("Trường THCS Lê Chân");
        assertThat(tasklist.field("Textfield_deadlineText").getDomProperty("value")).isEqualTo("30/04/2026");
        assertThat(tasklist.field("Textarea_itemsText").getDomProperty("value")).isEqualTo("1. " + item);
        assertThat(List.of(tasklist.field("Textfield_directiveNumber"), tasklist.field("Textarea_directiveSubject"),
                tasklist.field("Textarea_itemsText")))
                .noneMatch(WebElement::isEnabled);
        // a school has no units below it: it can only do the task itself
        List<WebElement> modes = browser.findElements(By.cssSelector(".fjs-container label[for*='-Radio_mode-']"));
        assertThat(modes).extracting(WebElement::getText).containsExactly("Đơn vị tự thực hiện và báo cáo");
        tasklist.click(modes.get(0));
        // form-js's own words too ("Select" in the empty list of staff)
        wait.until(ExpectedConditions.visibilityOf(tasklist.field("Select_assignee-display")));
        assertThat(tasklist.english()).as("receive form").isEmpty();
        tasklist.screenshot("tasklist-receive.png");
        tasklist.complete();

        Task report = next(process, AssignmentProcess.SUBMIT_REPORT);
        assertThat(tasklist.open(report.getId())).isEqualTo("Nộp báo cáo · " + NUMBER + " · hạn 30/04/2026 · " + SUBJECT);
        assertThat(tasklist.field("Textarea_itemsText").getDomProperty("value")).isEqualTo("1. " + item);
        assertThat(tasklist.field("Textfield_no_0").getDomProperty("value")).isEqualTo("1");
        assertThat(tasklist.field("Textarea_text_0").getDomProperty("value")).isEqualTo(item);
        tasklist.click(tasklist.field("Select_status_0-display"));
        tasklist.click(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='Đã hoàn thành']"))));
        tasklist.field("Textarea_result_0").sendKeys(RESULT);
        tasklist.field("Textarea_difficulties").sendKeys(DIFFICULTIES);
        tasklist.screenshot("tasklist-report.png");
        tasklist.complete();
        next(process, AssignmentProcess.REVIEW_REPORT);

        // what Tasklist sent is what the school typed: the disabled header did not get in the way
        JsonNode detail = scenario.detail(assignment);
        assertThat(detail.get("state").asText()).isEqualTo("REPORTED");
        assertThat(detail.get("mode").asText()).isEqualTo("DIRECT");
        assertThat(detail.get("reports")).hasSize(1);
        JsonNode reported = detail.get("reports").get(0);
        assertThat(reported.get("submittedBy").asText()).isEqualTo(SCHOOL + ".focal");
        assertThat(reported.get("difficulties").asText()).isEqualTo(DIFFICULTIES);
        assertThat(reported.get("items")).hasSize(1);
        assertThat(reported.get("items").get(0).get("no").asText()).isEqualTo("1");
        assertThat(reported.get("items").get(0).get("status").asText()).isEqualTo("DONE");
        assertThat(reported.get("items").get(0).get("result").asText()).isEqualTo(RESULT);

        // the Sở's office finds the report among those waiting for it, reads it and accepts it
        Task review = task(process, AssignmentProcess.REVIEW_REPORT);
        tasklist.logIn("so-gddt-vp.focal");
        tasklist.filter("Chờ tôi duyệt");
        // a reviewer's list names the letter and the unit whose report it is
        assertThat(tasklist.open(review.getId())).isEqualTo("Xem xét báo cáo · " + NUMBER + " · Trường THCS Lê Chân");
        assertThat(tasklist.field("Textfield_unitName").getDomProperty("value")).isEqualTo("Trường THCS Lê Chân");
        assertThat(tasklist.field("Textarea_reportDifficulties").getDomProperty("value")).isEqualTo(DIFFICULTIES);
        assertThat(tasklist.english()).as("review form").isEmpty();
        tasklist.click(browser.findElement(By.cssSelector(".fjs-container label[for$='-Radio_decision-0']")));
        tasklist.screenshot("tasklist-review.png");
        tasklist.complete();
        gone(process, AssignmentProcess.REVIEW_REPORT);
        assertThat(scenario.detail(assignment).get("state").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void aWardIssuesItsOwnLetterFromTasklist() throws IOException {
        long assignment = issue(CASCADE_NUMBER, CASCADE_SUBJECT, WARD_ITEM, WARD);
        String process = scenario.detail(assignment).get("processInstanceId").asText();
        Task receive = task(process, AssignmentProcess.RECEIVE);

        tasklist.logIn(WARD + ".focal");
        tasklist.searchByNumber(CASCADE_NUMBER);
        tasklist.open(receive.getId());
        // a ward has units below it: it may also issue its own letter to them
        List<WebElement> modes = browser.findElements(By.cssSelector(".fjs-container label[for*='-Radio_mode-']"));
        assertThat(modes).extracting(WebElement::getText)
                .containsExactly("Đơn vị tự thực hiện và báo cáo", "Ban hành văn bản triển khai cho các đơn vị cấp dưới");
        tasklist.click(modes.get(1));
        String childNumber = wait.until(ExpectedConditions.visibilityOf(tasklist.field("Textfield_childNumber")))
                .getDomProperty("value");
        // the ward's symbol and that of its one division, which drafts and monitors the letter (Decree 30)
        assertThat(childNumber).isEqualTo("/UBND-VHXX");
        tasklist.field("Textarea_childSubject").sendKeys(CHILD_SUBJECT);
        choose("Phòng Văn hóa - Xã hội phường Hồng Bàng");
        choose("Trường THCS Lý Tự Trọng");
        assertThat(browser.findElements(By.cssSelector(".fjs-container .fjs-taglist-tag-label")))
                .extracting(WebElement::getText)
                .containsExactly("Phòng Văn hóa - Xã hội phường Hồng Bàng", "Trường THCS Lý Tự Trọng");
        // the prefilled row of the dynamic list: the ward rewrites the task and gives its units less time
        assertThat(tasklist.field("Textfield_no_0").getDomProperty("value")).isEqualTo("1");
        assertThat(tasklist.field("Textarea_text_0").getDomProperty("value")).isEqualTo(WARD_ITEM);
        tasklist.replace(tasklist.field("Textarea_text_0"), CHILD_ITEM);
        // dates are shown and typed day first, as Vietnamese letters write them (not the browser's locale)
        WebElement deadline = tasklist.field("Textfield_deadline_0");
        assertThat(deadline.getDomProperty("value")).isEqualTo("30/04/2026");
        tasklist.replace(deadline, "20/04/2026");
        // Complete comes on by itself, a moment after the last edit (no Save here: the plugin's job)
        tasklist.completable();
        // form-js's own words in the tag list and the dynamic list ("Search", "Add new")
        assertThat(tasklist.english()).as("cascade form").isEmpty();
        tasklist.screenshot("tasklist-cascade.png");
        tasklist.complete();
        gone(process, AssignmentProcess.RECEIVE);

        JsonNode ward = scenario.detail(assignment);
        assertThat(ward.get("state").asText()).isEqualTo("RECEIVED");
        assertThat(ward.get("mode").asText()).isEqualTo("CASCADE");
        assertThat(ward.get("childDirective").isIntegralNumber()).as(ward.toString()).isTrue();
        long child = ward.get("childDirective").asLong();
        JsonNode letter = Scenario.ok(api.as(WARD + ".focal").get("/api/directives/" + child)).json();
        // the number part left blank in the form: the ward's next free number of the year
        assertThat(letter.get("number").asText()).matches("\\d+" + Pattern.quote(childNumber));
        assertThat(letter.get("monitoringUnit").asText()).isEqualTo(VHXH);
        assertThat(letter.get("issuer").asText()).isEqualTo(WARD);
        assertThat(letter.get("parentAssignment").asLong()).isEqualTo(assignment);
        assertThat(letter.get("subject").asText()).isEqualTo(CHILD_SUBJECT);
        assertThat(letter.get("items")).hasSize(1);
        JsonNode item = letter.get("items").get(0);
        assertThat(item.get("no").asText()).isEqualTo("1");
        assertThat(item.get("text").asText()).isEqualTo(CHILD_ITEM);
        assertThat(item.get("deadline").asText()).isEqualTo("2026-04-20");
        assertThat(item.get("recipients")).extracting(JsonNode::asText).containsExactly(VHXH, LY_TU_TRONG);

        scenario.runDue();
        assertThat(Scenario.ok(api.as(WARD + ".head").get("/api/directives/" + child)).json().get("assignments"))
                .extracting(a -> a.get("unit").asText()).containsExactlyInAnyOrder(VHXH, LY_TU_TRONG);
        for (String unit : List.of(VHXH, LY_TU_TRONG)) {
            JsonNode given = scenario.detail(scenario.assignment(child, unit));
            assertThat(given.get("deadline").asText()).isEqualTo("2026-04-20");
            assertThat(task(given.get("processInstanceId").asText(), AssignmentProcess.RECEIVE)).isNotNull();
        }
    }

    /**
     * Picks an option of the tag list by its label, typing part of it as a clerk would; then closes the
     * list, which stays open over the fields below while the tag list has the focus.
     */
    private void choose(String label) {
        WebElement input = tasklist.field("Taglist_childRecipients");
        tasklist.click(input);
        input.sendKeys(label.substring(label.length() - 12));
        tasklist.click(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + label + "']"))));
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'fjs-taglist-tag-label')][normalize-space()='" + label + "']")));
        input.sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-taglist-anchor .fjs-dropdownlist")));
    }

    /** Waits for Tasklist's completion of the step to go through; Tasklist's notices say why it did not. */
    private void gone(String process, String step) {
        new WebDriverWait(browser, Chromium.PATIENCE).withMessage(() -> step + " still open; Tasklist says: "
                        + tasklist.notices())
                .until(d -> task(process, step) == null);
    }

    /** On 02/03/2026 the Sở issues a letter of one task, due 30/04/2026, to one unit: its assignment, with its task open. */
    private long issue(String number, String subject, String item, String unit) {
        scenario.at(2026, 3, 2, 9, 0);
        var issued = api.as("so-gddt.focal").post("/api/directives", Map.of("number", number, "issuer", "so-gddt",
                "monitoringUnit", "so-gddt-vp", "subject", subject,
                "items", List.of(Map.of("no", "1", "text", item, "recipients", List.of(unit), "deadline", "2026-04-30"))));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        scenario.runDue();
        return scenario.assignment(issued.json().get("id").asLong(), unit);
    }

    private Task task(String process, String step) {
        return tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey(step).singleResult();
    }

    /** The process's next step, once Tasklist's completion went through; Tasklist's notices say why it did not. */
    private Task next(String process, String step) {
        return new WebDriverWait(browser, Chromium.PATIENCE).withMessage(() -> "no " + step + "; Tasklist says: "
                        + tasklist.notices())
                .until(d -> task(process, step));
    }

    /** {@code sentence} repeated to exactly {@code length} characters, ending with a full stop. */
    private static String text(String sentence, int length) {
        return sentence.repeat(length / sentence.length() + 1).substring(0, length - 1) + ".";
    }

}
