package vn.giaoviec.directive.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaoviec.support.Scenario.ok;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.directive.DirectiveProcess;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.Chromium;
import vn.giaoviec.support.Evidence;
import vn.giaoviec.support.Scenario;
import vn.giaoviec.support.SignedPdfs;
import vn.giaoviec.support.TasklistPage;

/**
 * Files in Tasklist, in Chromium set to Vietnamese, for a letter that asks for signed reports: a
 * school's clerk attaches a photo under the report form, sees a program renamed .pdf refused and the
 * report refused until the signed PDF is there, then sees the signature's check beside the file; the
 * Sở's office takes the Word draft of its báo cáo from the final step and attaches it back signed.
 */
@IntegrationTest
class TasklistAttachmentBrowserIntegrationTest {

    private static final String SCHOOL = "th-nguyen-van-to-le-chan";
    private static final String OFFICE = "so-gddt-vp";
    private static final String NUMBER = "8880/SGDĐT-VP";
    private static final Instant SIGNED_AT = Instant.parse("2026-03-20T07:05:00Z");

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
    @TempDir
    Path files;

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
    void aSchoolAttachesItsSignedReportAndTheOfficeItsSignedBaoCao() throws IOException {
        Scenario.clock(2026, 3, 20, 15, 0);
        long directive = scenario.issue(NUMBER, List.of(SCHOOL), LocalDate.of(2026, 4, 30),
                Map.of("requireSignedReport", true));
        long assignment = scenario.assignment(directive, SCHOOL);
        ok(api.as(SCHOOL + ".focal").post("/api/assignments/" + assignment + "/receive", Map.of("mode", "DIRECT")));
        String process = scenario.detail(assignment).get("processInstanceId").asText();
        Task report = task(process, AssignmentProcess.SUBMIT_REPORT);

        tasklist.logIn(SCHOOL + ".focal");
        tasklist.searchByNumber(NUMBER);
        tasklist.open(report.getId());
        WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".giaoviec-files")));
        assertThat(box.getText()).contains("Tệp đính kèm", "Chưa có tệp nào.", "mỗi tệp tối đa 2 MB");

        upload(file("Ảnh lễ ra quân.jpg", Evidence.jpg("x.jpg").content()), file("bao-cao.pdf",
                Evidence.programNamedPdf("x").content()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".giaoviec-error"),
                "Không nhận tệp này — file bao-cao.pdf is not an accepted kind of document"));
        assertThat(names()).as("one bad file refuses the choice; nothing was kept").isEmpty();
        upload(file("Ảnh lễ ra quân.jpg", Evidence.jpg("x.jpg").content()));
        wait.until(d -> names().equals(List.of("Ảnh lễ ra quân.jpg")));
        assertThat(tasklist.english()).as("report form with its files").isEmpty();

        tasklist.click(tasklist.field("Select_status_0-display"));
        tasklist.click(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='Đã hoàn thành']"))));
        tasklist.field("Textarea_result_0").sendKeys("Đã tổ chức lễ ra quân, ảnh kèm theo");
        tasklist.field("Textarea_proposals").sendKeys("Không");
        tasklist.complete();
        // the letter asks for a signed report: Tasklist says so, and the task stays open
        new WebDriverWait(browser, Chromium.PATIENCE).withMessage(() -> "Tasklist says: " + tasklist.notices())
                .until(d -> tasklist.notices().contains("this directive asks for a report signed digitally"));
        // the engine's wrapping is gone: the clerk reads what is missing
        assertThat(tasklist.notices()).doesNotContain("ENGINE-").contains("Ảnh lễ ra quân.jpg: chưa ký số");
        assertThat(task(process, AssignmentProcess.SUBMIT_REPORT)).isNotNull();

        upload(file("Báo cáo đã ký.pdf", SignedPdfs.signed(SIGNED_AT)));
        wait.until(d -> names().equals(List.of("Ảnh lễ ra quân.jpg", "Báo cáo đã ký.pdf")));
        assertThat(browser.findElement(By.cssSelector(".giaoviec-files .giaoviec-signature.valid")).getText())
                .isEqualTo("Đã ký số bởi Nguyễn Văn An (Trường Tiểu học Quang Trung) lúc 14:05 20/03/2026 — hợp lệ");
        tasklist.screenshot("tasklist-report-files.png");
        tasklist.complete();
        new WebDriverWait(browser, Chromium.PATIENCE).withMessage(() -> "report still open; Tasklist says: "
                + tasklist.notices()).until(d -> task(process, AssignmentProcess.SUBMIT_REPORT) == null);

        JsonNode detail = scenario.detail(assignment);
        assertThat(detail.get("attachments")).extracting(a -> a.get("name").asText() + " " + a.get("submitted").asBoolean())
                .containsExactly("Ảnh lễ ra quân.jpg true", "Báo cáo đã ký.pdf true");

        // the office accepts the report; its last step offers the báo cáo as Word, and takes it back signed
        ok(api.as(OFFICE + ".focal").post("/api/assignments/" + assignment + "/review", Map.of("decision", "ACCEPT")));
        scenario.runDue();
        Task consolidate = tasks.createTaskQuery().processInstanceBusinessKey(NUMBER)
                .taskDefinitionKey(DirectiveProcess.CONSOLIDATE_FINAL_REPORT).singleResult();
        assertThat(consolidate).isNotNull();
        tasklist.logIn(OFFICE + ".focal");
        tasklist.searchByNumber(NUMBER);
        tasklist.open(consolidate.getId());
        WebElement draft = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".giaoviec-draft")));
        assertThat(draft.getText()).isEqualTo("Tải dự thảo báo cáo (Word) để chỉnh sửa, trình ký rồi đính kèm lại");
        assertThat(draft.getDomAttribute("href")).isEqualTo("/api/directives/" + directive + "/report.docx");
        // the link works with Tasklist's own login
        Object fetched = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')))", draft.getDomAttribute("href"));
        assertThat(fetched).isEqualTo("200 application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        // a write without the session's CSRF token (as another site's page would send it) is refused
        Object forged = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/tasks/' + arguments[0] + '/attachments', {method: 'POST', body: new FormData()})"
                + ".then(r => done(r.status))", consolidate.getId());
        assertThat(forged).isEqualTo(403L);
        upload(file("Báo cáo 8880 đã ký.pdf", SignedPdfs.signed(SIGNED_AT)));
        wait.until(d -> names().equals(List.of("Báo cáo 8880 đã ký.pdf")));
        tasklist.field("Textarea_finalReport").sendKeys("Các đơn vị đã hoàn thành; báo cáo đã ký số kèm theo.");
        assertThat(tasklist.english()).as("final report form").isEmpty();
        tasklist.screenshot("tasklist-final-report-files.png");
        tasklist.complete();
        new WebDriverWait(browser, Chromium.PATIENCE).withMessage(() -> "final report still open; Tasklist says: "
                + tasklist.notices()).until(d -> tasks.createTaskQuery().taskId(consolidate.getId()).singleResult() == null);

        JsonNode attached = api.as("admin").get("/api/directives/" + directive).json().get("attachments");
        assertThat(attached).singleElement().satisfies(a -> {
            assertThat(a.get("step").asText()).isEqualTo("FINAL");
            assertThat(a.get("submitted").asBoolean()).isTrue();
            assertThat(a.get("signature").get("status").asText()).isEqualTo("VALID");
        });
    }

    private void upload(Path... paths) {
        WebElement input = browser.findElement(By.cssSelector(".giaoviec-files input[type=file]"));
        List<String> names = new ArrayList<>();
        for (Path p : paths) {
            names.add(p.toAbsolutePath().toString());
        }
        input.sendKeys(String.join("\n", names));
    }

    private List<String> names() {
        return browser.findElements(By.cssSelector(".giaoviec-files li a")).stream().map(WebElement::getText).toList();
    }

    private Path file(String name, byte[] content) throws IOException {
        Path dir = Files.createTempDirectory(files, "upload");
        return Files.write(dir.resolve(name), content);
    }

    private Task task(String process, String step) {
        return tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey(step).singleResult();
    }
}
