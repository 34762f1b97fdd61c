package vn.giaoviec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.giaoviec.support.Api;
import vn.giaoviec.support.CamundaLogin;
import vn.giaoviec.support.Chromium;
import vn.giaoviec.support.EnglishLabels;
import vn.giaoviec.support.Scenario;

/**
 * An operator in Cockpit, in a browser set to Vietnamese: the login, the dashboard, the list of
 * processes and a letter's instance found by its number read in Vietnamese, with no migration banner.
 */
@IntegrationTest
class CockpitBrowserIntegrationTest {

    private static final String NUMBER = "7661/SGDĐT-VP";

    @LocalServerPort
    int port;
    @Autowired
    Api api;
    @Autowired
    Scenario scenario;
    @Autowired
    RuntimeService runtime;
    @Value("${giaoviec.admin-password}")
    String password;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Chromium.PATIENCE);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anOperatorFollowsALetterInCockpitInVietnamese() throws IOException {
        scenario.at(2026, 3, 2, 9, 0);
        var issued = api.as("so-gddt.focal").post("/api/directives", Map.of("number", NUMBER, "issuer", "so-gddt",
                "monitoringUnit", "so-gddt-vp", "subject", "V/v báo cáo số liệu đầu năm học",
                "items", List.of(Map.of("no", "1", "text", "Báo cáo số liệu học sinh đầu năm học",
                        "recipients", List.of("thcs-le-chan-le-chan"), "deadline", "2026-04-30"))));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        scenario.runDue();
        String letter = runtime.createProcessInstanceQuery().processDefinitionKey("directive")
                .processInstanceBusinessKey(NUMBER).singleResult().getId();

        String cockpit = "http://localhost:" + port + "/camunda/app/cockpit/default/";
        browser.get(cockpit);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
        assertThat(english()).as("login page").isEmpty();
        CamundaLogin.signIn(browser, "admin", password);

        shows("Phiên quy trình đang chạy");
        shows("Sự cố đang mở");
        assertThat(english()).as("dashboard").isEmpty();
        assertThat(browser.findElements(By.cssSelector(".ce-eol-banner")).stream().noneMatch(e -> e.isDisplayed())).isTrue();
        Chromium.screenshot(browser, "cockpit-dashboard.png");

        browser.get(cockpit + "#/processes");
        shows("Văn bản chỉ đạo");
        assertThat(english()).as("processes").isEmpty();

        browser.get(cockpit + "#/process-instance/" + letter + "/runtime");
        shows("Mã nghiệp vụ:");
        shows(NUMBER);
        Chromium.screenshot(browser, "cockpit-instance.png");
        assertThat(english()).as("the letter's instance").isEmpty();
    }

    private void shows(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    }

    private List<String> english() {
        return EnglishLabels.shown(browser, "cockpit");
    }
}
