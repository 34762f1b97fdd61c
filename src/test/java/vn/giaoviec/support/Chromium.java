package vn.giaoviec.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven through its own chromedriver, never a downloaded one (the paths are
 * explicit, so Selenium Manager never runs). Without the packages a browser test is skipped, except
 * under {@code CI=true}, where it must run.
 */
public final class Chromium {

    /** How long a test waits for the browser: generous, for a cold Chromium on a busy CI machine. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private static final File BROWSER = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {
    }

    public static ChromeDriver start() {
        assumeTrue(BROWSER.canExecute() && DRIVER.canExecute() || "true".equals(System.getenv("CI")),
                "browser tests need Debian's chromium and chromium-driver");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER)
                .usingAnyFreePort()
                // the users' clock: Tasklist shows times in the browser's time zone
                .withEnvironment(Map.of("TZ", "Asia/Ho_Chi_Minh"))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,2000",
                "--lang=vi-VN");
        // a Vietnamese clerk's browser: Camunda's webapps pick their language from navigator.languages
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi-VN,vi"));
        return new ChromeDriver(service, options);
    }

    /** Saves the whole page, not only the window, as {@code target/screenshots/<name>}. */
    public static void screenshot(ChromeDriver browser, String name) throws IOException {
        @SuppressWarnings("unchecked")
        var size = (Map<String, Object>) browser.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
        var shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("captureBeyondViewport", true, "clip",
                Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"), "scale", 1)));
        save(name, Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** Keeps a picture as {@code target/screenshots/<name>}. */
    public static void save(String name, byte[] png) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), png);
    }
}
