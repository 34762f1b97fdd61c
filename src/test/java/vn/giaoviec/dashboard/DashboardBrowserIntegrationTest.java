package vn.giaoviec.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaoviec.support.Scenario.ok;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.Chromium;
import vn.giaoviec.support.LateLetter;
import vn.giaoviec.support.Scenario;

/**
 * The dashboard in a real browser, as a leader uses it: log in through the form, click through to a letter,
 * see the chart drawn, fold the cascade tree (Debian's Chromium, see {@link Chromium}).
 */
@IntegrationTest
class DashboardBrowserIntegrationTest {

    // generous: a cold Chromium on a busy CI machine

    @LocalServerPort
    int port;
    @Autowired
    LateLetter lateLetter;
    @Autowired
    Api api;
    @Autowired
    Scenario scenario;
    @Value("${giaoviec.org.user-password}")
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

    /**
     * The issue's measure of done: "which schools are late on letter 8628, and what did the others
     * report?" — one click on the letter for the first, one on its Excel report for the second. The
     * seed letter is issued a year on (8628 of 2026), so it does not meet the 2025 one of other tests.
     */
    @Test
    void whoIsLateOnLetter8628AndWhatTheOthersReportedIsTwoClicksAway() throws IOException {
        scenario.at(2026, 11, 13, 9, 0);
        var issued = api.as("so-gddt.focal").post("/api/directives", Api.fixture("fixtures/8628.json")
                .replace("\"2025-", "\"2026-").replace("\"2026-03-31\"", "\"2027-03-31\""));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        long letter = issued.json().get("id").asLong();
        scenario.runDue();
        Map<String, String> reported = new LinkedHashMap<>();
        reported.put("th-quang-trung-hong-bang", "Đã số hóa 100% hồ sơ học sinh, kết nối cơ sở dữ liệu ngành");
        reported.put("thpt-ngo-quyen", "Hoàn thành chỉnh lý tài liệu lưu trữ năm 2020-2024");
        reported.put("mn-binh-minh-le-chan", "Triển khai học bạ số cho 100% trẻ 5 tuổi");
        scenario.at(2026, 12, 15, 9, 0);
        reported.forEach((unit, result) -> {
            long assignment = scenario.assignment(letter, unit);
            ok(api.as(unit + ".focal").post("/api/assignments/" + assignment + "/receive", Map.of("mode", "DIRECT")));
            List<Map<String, String>> items = new ArrayList<>();
            scenario.detail(assignment).get("items").forEach(no -> items.add(Map.of("no", no.asText(), "status", "DONE",
                    "result", result)));
            ok(api.as(unit + ".focal").post("/api/assignments/" + assignment + "/report", Map.of("items", items)));
            ok(api.as("so-gddt-vp.focal").post("/api/assignments/" + assignment + "/review", Map.of("decision", "ACCEPT")));
        });
        scenario.at(2027, 1, 5, 9, 0);
        Set<String> late = new HashSet<>();
        api.as("admin").get("/api/directives/" + letter).json().get("assignments").forEach(a -> {
            if (a.get("status").asText().equals("OVERDUE")) {
                late.add(a.get("unit").asText());
            }
        });
        Set<String> schools = new HashSet<>();
        api.as("admin").get("/api/units?within=ubnd-tp&kinds=truong").json().forEach(u -> schools.add(u.get("id").asText()));
        assertThat(late).as("every school but the three that reported is late")
                .containsAll(schools.stream().filter(u -> !reported.containsKey(u)).toList())
                .doesNotContainAnyElementsOf(reported.keySet());

        logIn("so-gddt-vp.focal");
        // click one: the letter; its page lists who is late
        onSomePage(By.cssSelector("li.directive[data-id='" + letter + "'] h2 a")).click();
        wait.until(ExpectedConditions.urlToBe(url("/dashboard/directives/" + letter)));
        assertThat(browser.findElements(By.cssSelector("#overdue-table tr[data-unit]")))
                .extracting(r -> r.getDomAttribute("data-unit")).containsExactlyInAnyOrderElementsOf(late);
        screenshot("letter-8628.png");

        // click two: the consolidated report, downloaded by the browser, holds what the others reported
        Path downloads = Files.createDirectories(Path.of("target", "downloads", "8628").toAbsolutePath());
        try (var old = Files.list(downloads)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toString()));
        browser.findElement(By.id("excel-link")).click();
        Path excel = wait.until(driver -> downloaded(downloads, "8628"));
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(excel))) {
            // a row is "unit name | results"; two wards may have schools of the same name
            List<String> rows = new ArrayList<>();
            book.getSheet("Chi tiết theo đơn vị").forEach(row -> {
                if (row.getCell(1) != null && row.getCell(7) != null) {
                    rows.add(row.getCell(1).getStringCellValue() + " | " + row.getCell(7).getStringCellValue());
                }
            });
            Map<String, String> names = new HashMap<>();
            api.as("admin").get("/api/units?within=ubnd-tp&kinds=truong").json()
                    .forEach(u -> names.put(u.get("id").asText(), u.get("name").asText()));
            reported.forEach((unit, result) -> assertThat(rows).as(unit)
                    .anyMatch(row -> row.startsWith(names.get(unit) + " | ") && row.contains(result)));
        }
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

    private void screenshot(String name) throws IOException {
        Chromium.screenshot(browser, name);
    }

    /** The finished download whose name holds {@code part}, or null while it is still coming. */
    private static Path downloaded(Path directory, String part) {
        try (var files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().contains(part) && f.toString().endsWith(".xlsx"))
                    .findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
