package vn.giaoviec.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.type.SpinValueType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.assignment.AssignmentProcess;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.Chromium;
import vn.giaoviec.support.Scenario;

/**
 * A school does its work in Camunda's own Tasklist, in Debian's Chromium ({@link Chromium}): logs in, finds its task by the
 * letter's number, claims it, reads the disabled header fields (one of them longer than a String
 * variable) and completes the receive and report forms; the report arrives as the school typed it.
 */
@IntegrationTest
class TasklistBrowserIntegrationTest {

    // generous: a cold Chromium on a busy CI machine
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    // no other test counts this school's tasks
    private static final String SCHOOL = "thcs-le-chan-le-chan";
    private static final String NUMBER = "7641/SGDĐT-VP";
    private static final String SUBJECT = "V/v rà soát hồ sơ chuyển đổi số năm học 2025-2026";
    private static final String RESULT = "Đã rà soát 100% hồ sơ, cập nhật lên phần mềm quản lý trường học";
    private static final String DIFFICULTIES = "Đường truyền Internet của trường chậm, thiếu máy tính cho tổ Văn";
    private static final By COMPLETE = By.cssSelector("button[ng-click='complete()']");

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

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, PATIENCE);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aSchoolReceivesItsTaskAndReportsInTasklist() throws IOException {
        scenario.at(2026, 3, 2, 9, 0);
        // a real letter's task: several paragraphs, longer than the engine's String variable
        String item = text("Rà soát, cập nhật hồ sơ chuyển đổi số của nhà trường; báo cáo số liệu từng khối lớp.\n", 4500);
        var issued = api.as("so-gddt.focal").post("/api/directives", Map.of("number", NUMBER, "issuer", "so-gddt",
                "monitoringUnit", "so-gddt-vp", "subject", SUBJECT,
                "items", List.of(Map.of("no", "1", "text", item, "recipients", List.of(SCHOOL), "deadline", "2026-04-30"))));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        scenario.runDue();
        long assignment = scenario.assignment(issued.json().get("id").asLong(), SCHOOL);
        String process = scenario.detail(assignment).get("processInstanceId").asText();
        Task receive = task(process, AssignmentProcess.RECEIVE);
        assertThat(tasks.getVariableLocalTyped(receive.getId(), "itemsText", false).getType())
                .isEqualTo(SpinValueType.JSON);

        logIn(SCHOOL + ".focal");
        searchByNumber();
        open(receive, "Tiếp nhận nhiệm vụ");
        claim();
        assertThat(field("Textfield_directiveNumber").getDomProperty("value")).isEqualTo(NUMBER);
        assertThat(field("Textarea_directiveSubject").getDomProperty("value")).isEqualTo(SUBJECT);
        assertThat(field("Textfield_unitName").getDomProperty("value")).isEqualTo("Trường THCS Lê Chân");
        assertThat(field("Textfield_deadlineText").getDomProperty("value")).isEqualTo("30/04/2026");
        assertThat(field("Textarea_itemsText").getDomProperty("value")).isEqualTo("1. " + item);
        assertThat(List.of(field("Textfield_directiveNumber"), field("Textarea_directiveSubject"), field("Textarea_itemsText")))
                .noneMatch(WebElement::isEnabled);
        // a school has no units below it: it can only do the task itself
        List<WebElement> modes = browser.findElements(By.cssSelector(".fjs-container label[for*='-Radio_mode-']"));
        assertThat(modes).extracting(WebElement::getText).containsExactly("Đơn vị tự thực hiện và báo cáo");
        click(modes.get(0));
        screenshot("tasklist-receive.png");
        complete();

        Task report = next(process, AssignmentProcess.SUBMIT_REPORT);
        open(report, "Nộp báo cáo");
        claim();
        assertThat(field("Textarea_itemsText").getDomProperty("value")).isEqualTo("1. " + item);
        assertThat(field("Textfield_no_0").getDomProperty("value")).isEqualTo("1");
        assertThat(field("Textarea_text_0").getDomProperty("value")).isEqualTo(item);
        click(field("Select_status_0-display"));
        click(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='Đã hoàn thành']"))));
        field("Textarea_result_0").sendKeys(RESULT);
        field("Textarea_difficulties").sendKeys(DIFFICULTIES);
        screenshot("tasklist-report.png");
        complete();
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
    }

    /** Logs in with Camunda's own login form and lands on the unit's filter. */
    private void logIn(String user) {
        browser.get(url("/camunda/app/tasklist/"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]"))).sendKeys(user);
        browser.findElement(By.cssSelector("input[ng-model=password]")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Việc của đơn vị tôi"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-filter.active .name"),
                "Việc của đơn vị tôi"));
    }

    /** Narrows the list to the letter's tasks, as a user would among other letters' tasks: by its number. */
    private void searchByNumber() {
        WebElement search = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[cam-widget-search] input.main-field")));
        search.sendKeys("Business");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[title='Process Instance Business Key']"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-widget-search-pill] .value-field input")))
                .sendKeys(NUMBER + Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[cam-widget-search-pill] .value-field .view-value"), NUMBER));
    }

    /** Clicks the task in the list (which reloads while it settles) and waits for its form. */
    private void open(Task task, String name) {
        By link = By.cssSelector(".tasks-list a[href='#/?task=" + task.getId() + "']");
        new WebDriverWait(browser, PATIENCE).ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement found = d.findElement(link);
            assertThat(found.getText()).isEqualTo(name);
            found.click();
            return true;
        });
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".task-details h2.task"), name));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
    }

    /** Claims the open task: the form, drawn greyed out until then, becomes editable. */
    private void claim() {
        browser.findElement(By.cssSelector("button.claim")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("button.unclaim")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[ng-if='tasklistForm.type']:not(.disabled-form) .fjs-container")));
    }

    /** The form's field with this id from the .form file (form-js prefixes it per rendering). */
    private WebElement field(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-container [id$='-" + id + "']")));
    }

    /** Tasklist's footer stays over the bottom of the window: what is clicked is brought to the middle first. */
    private void click(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /**
     * Tasklist enables Complete once the form reports no errors; after an edit in a dynamic list only
     * because giaoviec's Tasklist plugin has the form validated again (plugin/giaoviec/app/plugin.js).
     */
    private void complete() {
        click(wait.until(ExpectedConditions.elementToBeClickable(COMPLETE)));
    }

    private Task task(String process, String step) {
        return tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey(step).singleResult();
    }

    /** The process's next step, once Tasklist's completion went through; Tasklist's notices say why it did not. */
    private Task next(String process, String step) {
        return new WebDriverWait(browser, PATIENCE).withMessage(() -> "no " + step + "; Tasklist says: "
                        + browser.findElement(By.cssSelector(".page-notifications")).getText())
                .until(d -> task(process, step));
    }

    /** The whole task: Tasklist scrolls inside its columns, so the window first grows by what they hide. */
    private void screenshot(String name) throws IOException {
        Number hidden = (Number) browser.executeScript("return Math.max(0, ...Array.from("
                + "document.querySelectorAll('.three-cols-layout-cell.content'), c => c.scrollHeight - c.clientHeight))");
        Dimension window = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(window.getWidth(), window.getHeight() + hidden.intValue()));
        try {
            var shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of());
            Chromium.save(name, Base64.getDecoder().decode((String) shot.get("data")));
        } finally {
            browser.manage().window().setSize(window);
        }
    }

    /** {@code sentence} repeated to exactly {@code length} characters, ending with a full stop. */
    private static String text(String sentence, int length) {
        return sentence.repeat(length / sentence.length() + 1).substring(0, length - 1) + ".";
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
