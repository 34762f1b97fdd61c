package vn.giaoviec.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.camunda.bpm.engine.HistoryService;
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
 * A ward's clerk pastes a letter naming a body the organisation does not know into Tasklist (in
 * Chromium, Vietnamese), reads each warning beside the field it concerns in Kiểm tra bản đăng ký,
 * picks the unit that stands for the body from the list, and issues the letter: that unit receives
 * the item.
 */
@IntegrationTest
class ReviewDraftBrowserIntegrationTest {

    private static final String CLERK = "phuong-le-chan.focal";
    private static final String BODY = "Hội Khuyến học phường";
    private static final String VHXH = "Phòng Văn hóa - Xã hội phường Lê Chân";

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    Api api;
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
    void aClerkMapsAnUnknownBodyToAUnitBesideTheWarningsAndIssuesTheLetter() throws IOException {
        tasklist.logIn(CLERK);
        tasklist.startForm(IntakeProcess.KEY);
        tasklist.field("Textarea_text").sendKeys(TextImportIntegrationTest.UNKNOWN_BODY.replace("{number}", "905"));
        tasklist.start();
        Task review = wait.until(d -> tasks.createTaskQuery().processDefinitionKey(IntakeProcess.KEY)
                .taskAssignee(CLERK).taskDefinitionKey(IntakeProcess.REVIEW_DRAFT).active().list().stream()
                .filter(t -> "905/UBND-VHXX".equals(tasks.getVariableLocal(t.getId(), "number"))).findFirst().orElse(null));
        // no unit filter lists a task only its assignee holds: Tasklist's notice leads the clerk to it
        tasklist.openFromNotice(review.getId());

        // the warnings stand beside their fields: the missing V/v under the subject, the unknown body in its item
        assertThat(below("Textarea_subject")).isEqualTo("⚠ Không đọc được trích yếu (V/v) hoặc tên văn bản");
        assertThat(below("Textarea_text_0")).contains("⚠ Không nhận ra đơn vị: " + BODY)
                .doesNotContain("Mục 1");
        assertThat(below("Textarea_text_1")).doesNotContain("⚠");
        assertThat(tasklist.field("Textfield_phrase_0").getDomProperty("value")).isEqualTo(BODY);
        assertThat(tasklist.field("Textfield_itemsText_0").getDomProperty("value")).isEqualTo("Mục 1");
        // an item's recipients are names from the list, not ids
        assertThat(tags("Taglist_recipients_1")).isEqualTo("Trường THCS Ngô Quyền");

        tasklist.field("Textarea_subject").sendKeys("V/v phát động phong trào khuyến học");
        choose("Taglist_mappedRecipients_0", VHXH);
        assertThat(tasklist.english()).as("review form").isEmpty();
        tasklist.screenshot("tasklist-review-draft.png");
        tasklist.complete();

        wait.withMessage(() -> "review still open; Tasklist says: " + tasklist.notices())
                .until(d -> tasks.createTaskQuery().taskId(review.getId()).singleResult() == null);
        long id = (Long) history.createHistoricVariableInstanceQuery().processInstanceId(review.getProcessInstanceId())
                .variableName("directiveId").singleResult().getValue();
        JsonNode letter = Scenario.ok(api.as(CLERK).get("/api/directives/" + id)).json();
        assertThat(letter.get("number").asText()).isEqualTo("905/UBND-VHXX");
        assertThat(letter.get("items").get(0).get("recipients")).extracting(JsonNode::asText)
                .containsExactly("phuong-le-chan-vhxh");
        assertThat(letter.get("items").get(1).get("recipients")).extracting(JsonNode::asText)
                .containsExactly("thcs-ngo-quyen-le-chan");
    }

    /** What the form shows in the first non-empty row below a field (form-js keeps a hidden component's row, empty). */
    private String below(String fieldId) {
        return tasklist.field(fieldId).findElement(By.xpath("ancestor::*[contains(@class,'fjs-layout-row')][1]"
                + "/following-sibling::*[contains(@class,'fjs-layout-row')][normalize-space()][1]")).getText().trim();
    }

    private String tags(String taglistId) {
        return String.join(", ", tasklist.field(taglistId).findElements(By.xpath(
                "ancestor::*[contains(@class,'fjs-taglist')][1]//*[contains(@class,'fjs-taglist-tag-label')]"))
                .stream().map(WebElement::getText).toList());
    }

    /** Picks an option of a tag list by its label, typing part of it as a clerk would, then closes the list. */
    private void choose(String taglistId, String label) {
        WebElement input = tasklist.field(taglistId);
        tasklist.click(input);
        input.sendKeys(label.substring(label.length() - 12));
        tasklist.click(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + label + "']"))));
        input.sendKeys(Keys.ESCAPE);
        assertThat(tags(taglistId)).isEqualTo(label);
    }
}
