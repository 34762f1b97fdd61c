package vn.giaoviec.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.support.LateLetter;

/**
 * The dashboard in a real browser, as a leader uses it: log in through the form, click through to a letter,
 * see the chart drawn, fold the cascade tree. Debian's Chromium and its chromedriver, never a downloaded one.
 */
@IntegrationTest
class DashboardBrowserIntegrationTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    // generous: a cold Chromium on a busy CI machine
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    LateLetter lateLetter;
    @Value("${giaoviec.org.user-password}")
    String password;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        // explicit paths, so that Selenium Manager never looks for (or downloads) a browser or a driver
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,2000",
                "--lang=vi");
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, PATIENCE);
    }

    @AfterEach
    void closeBrowser() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void theMonitoringUnitLogsInClicksItsLetterAndSeesTheChartTheTreeAndWhoIsLate() throws IOException {
        var letter = lateLetter.issue(7611);

        logIn("so-gddt-vp.focal");
        WebElement entry = onSomePage(By.cssSelector("li.directive[data-id='" + letter.id() + "']"));
        WebElement link = entry.findElement(By.cssSelector("h2 a"));
        assertThat(link.getText()).isEqualTo("Văn bản số " + letter.number());
        assertThat(entry.findElement(By.cssSelector(".role")).getText()).isEqualTo("Đơn vị theo dõi");
        assertThat(entry.findElement(By.cssSelector(".counts strong")).getText()).isEqualTo("Hoàn thành 3/10 (30%)");
        assertThat(entry.findElement(By.cssSelector(".counts .count[data-status='OVERDUE']")).getText())
                .contains("Quá hạn: 6");
        assertThat(entry.findElement(By.cssSelector("svg.bar")).isDisplayed()).isTrue();
        screenshot("dashboard.png");

        link.click();
        wait.until(ExpectedConditions.urlToBe(url("/dashboard/directives/" + letter.id())));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Văn bản số " + letter.number());

        // the chart as the browser drew it: there, sized, one ring segment per class, each painted in its colour
        WebElement chart = browser.findElement(By.id("status-chart"));
        assertThat(chart.isDisplayed()).isTrue();
        assertThat(chart.getSize().getWidth()).isPositive();
        assertThat(chart.getSize().getHeight()).isPositive();
        List<WebElement> segments = chart.findElements(By.cssSelector("circle.segment"));
        assertThat(segments).extracting(s -> s.getDomAttribute("data-status") + ":" + s.getDomAttribute("data-count"))
                .containsExactly("DONE_ON_TIME:2", "DONE_LATE:1", "IN_PROGRESS:1", "OVERDUE:6");
        BufferedImage drawn = ImageIO.read(new ByteArrayInputStream(chart.getScreenshotAs(OutputType.BYTES)));
        for (WebElement segment : segments) {
            String colour = segment.getDomAttribute("stroke");
            assertThat(paints(drawn, colour)).as("chart pixels in %s", colour).isTrue();
        }

        // who is late: the letter's own late units and the late schools of the ward's letter (sent to its schools
        // only, as the tree below checks: the ward's division monitors it)
        Set<String> late = new HashSet<>(LateLetter.OVERDUE);
        letter.cascadeAssignments().keySet().stream()
                .filter(unit -> !unit.equals(LateLetter.CASCADE_DONE))
                .forEach(late::add);
        List<WebElement> rows = browser.findElements(By.cssSelector("#overdue-table tr[data-unit]"));
        assertThat(rows).hasSize(14);
        assertThat(rows).extracting(r -> r.getDomAttribute("data-unit")).containsExactlyInAnyOrderElementsOf(late);
        assertThat(rows).allMatch(WebElement::isDisplayed);
        assertThat(browser.findElement(By.cssSelector("#overdue h2")).getText()).isEqualTo("Đơn vị quá hạn (14)");

        // the ward's cascade is folded at first; its summary unfolds and folds it again
        WebElement ward = browser.findElement(By.cssSelector("#tree li[data-unit='" + LateLetter.WARD + "']"));
        assertThat(ward.isDisplayed()).isTrue();
        WebElement cascade = ward.findElement(By.cssSelector(":scope > details"));
        assertThat(cascade.getDomProperty("open")).isEqualTo("false");
        assertThat(ward.findElement(By.cssSelector(":scope > details > summary .figures")).getText())
                .isEqualTo("9 nhiệm vụ, 8 quá hạn");
        List<WebElement> schools = cascade.findElements(By.cssSelector(":scope > ul > li"));
        assertThat(schools).extracting(s -> s.getDomAttribute("data-unit"))
                .containsExactlyInAnyOrderElementsOf(letter.cascadeAssignments().keySet());
        assertThat(schools).noneMatch(WebElement::isDisplayed);
        // the unit's name, not the summary's middle: that may be the link to the ward's letter
        WebElement summary = ward.findElement(By.cssSelector(":scope > details > summary .unit"));
        summary.click();
        wait.until(ExpectedConditions.visibilityOfAllElements(schools));
        screenshot("directive.png");
        summary.click();
        wait.until(ExpectedConditions.invisibilityOfAllElements(schools));

        assertThat(browser.findElement(By.id("excel-link")).getDomAttribute("href"))
                .isEqualTo("/api/directives/" + letter.id() + "/report.xlsx");
    }

    @Test
    void aSchoolLogsInAndSeesOnlyItsOwnLineOfTheWardsLetter() throws IOException {
        var letter = lateLetter.issue(7612);
        String school = "th-le-chan-le-chan";
        assertThat(letter.cascadeAssignments()).containsKey(school);

        logIn(school + ".focal");
        onSomePage(By.linkText("Văn bản số " + letter.cascadeNumber())).click();
        wait.until(ExpectedConditions.urlToBe(url("/dashboard/directives/" + letter.cascadeId())));

        List<WebElement> lines = browser.findElements(By.cssSelector("#tree li[data-unit]"));
        assertThat(lines).extracting(l -> l.getDomAttribute("data-unit")).containsExactly(school);
        assertThat(lines.get(0).isDisplayed()).isTrue();
        assertThat(lines.get(0).getText()).contains("Trường Tiểu học Lê Chân");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Trường Tiểu học Dư Hàng")
                .contains("Triển khai văn bản số " + letter.number());
        // the Sở's letter is named, not linked: the school may not open it
        assertThat(browser.findElements(By.cssSelector("a[href='/dashboard/directives/" + letter.id() + "']"))).isEmpty();
        screenshot("school.png");
    }

    /** Opens the dashboard, is sent to the login form and logs in with it. */
    private void logIn(String user) {
        browser.get(url("/dashboard"));
        wait.until(ExpectedConditions.urlToBe(url("/login")));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("vi");
        assertThat(browser.findElement(By.cssSelector("label[for=username]")).getText()).isEqualTo("Tên đăng nhập");
        assertThat(browser.findElement(By.cssSelector("label[for=password]")).getText()).isEqualTo("Mật khẩu");
        assertThat(browser.findElement(By.cssSelector("#login-form input[name=_csrf]")).getDomProperty("value"))
                .isNotBlank();

        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        WebElement button = browser.findElement(By.id("login-button"));
        assertThat(button.getText()).isEqualTo("Đăng nhập");
        button.click();
        // a failed login comes back to /login?error: wait for any other page, then say which one it is
        wait.until(ExpectedConditions.not(ExpectedConditions.urlToBe(url("/login"))));
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/dashboard");
    }

    /** The element on the dashboard's list, turning its pages: other tests' letters share the database. */
    private WebElement onSomePage(By locator) {
        List<WebElement> found = browser.findElements(locator);
        while (found.isEmpty()) {
            WebElement next = browser.findElement(By.partialLinkText("Trang sau"));
            next.click();
            wait.until(ExpectedConditions.stalenessOf(next));
            found = browser.findElements(locator);
        }
        return found.get(0);
    }

    /** Whether the picture has pixels of {@code colour} ({@code #rrggbb}), give or take a little blending. */
    private static boolean paints(BufferedImage image, String colour) {
        int expected = Integer.parseInt(colour.substring(1), 16);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (close(rgb >> 16, expected >> 16) && close(rgb >> 8, expected >> 8) && close(rgb, expected)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean close(int a, int b) {
        return Math.abs((a & 0xff) - (b & 0xff)) <= 4;
    }

    /** The whole page, not only the window: a directive's page is longer than the window. */
    private void screenshot(String name) throws IOException {
        @SuppressWarnings("unchecked")
        var size = (Map<String, Object>) browser.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
        var shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("captureBeyondViewport", true, "clip",
                Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"), "scale", 1)));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
