package vn.giaoviec.support;

import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Camunda's Tasklist as a clerk uses it, in a browser started by {@link Chromium}. */
public class TasklistPage {

    private static final By COMPLETE = By.cssSelector("button[ng-click='complete()']");

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final String base;
    private final String password;

    public TasklistPage(ChromeDriver browser, int port, String password) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Chromium.PATIENCE);
        this.base = "http://localhost:" + port;
        this.password = password;
    }

    /** Opens Tasklist's login page, as a clerk finds it in the morning. */
    public void showLogin() {
        browser.get(base + "/camunda/app/tasklist/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
    }

    /** Logs in with Camunda's own login form and lands on the unit's filter. */
    public void logIn(String user) {
        // the previous user's session ends, as on a shared office computer
        browser.manage().deleteAllCookies();
        showLogin();
        CamundaLogin.signIn(browser, user, password);
        new WebDriverWait(browser, Chromium.PATIENCE)
                .withMessage(() -> user + " sees no unit filter at " + browser.getCurrentUrl() + "; Tasklist says: " + notices())
                .until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Việc của đơn vị tôi"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-filter.active .name"),
                "Việc của đơn vị tôi"));
    }

    /** Chooses one of the unit's filters in the left column. */
    public void filter(String name) {
        wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText(name))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-filter.active .name"), name));
    }

    /** Narrows the list to a letter's tasks, as a user would among other letters' tasks: by its number. */
    public void searchByNumber(String number) {
        WebElement search = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[cam-widget-search] input.main-field")));
        search.sendKeys("Số văn bản");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[title='Số văn bản (mã nghiệp vụ)']"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-widget-search-pill] .value-field input")))
                .sendKeys(number + Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[cam-widget-search-pill] .value-field .view-value"), number));
    }

    /**
     * Clicks the task in the list (which reloads while it settles) and waits for its form, editable at
     * once: the task is the user's own, nothing to claim. Returns the name the list shows.
     */
    public String open(String taskId) {
        By link = By.cssSelector(".tasks-list a[href='#/?task=" + taskId + "']");
        String[] name = new String[1];
        new WebDriverWait(browser, Chromium.PATIENCE).ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement found = d.findElement(link);
            name[0] = found.getText();
            found.click();
            return true;
        });
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".task-details h2.task"), name[0]));
        editableForm();
        return name[0];
    }

    /**
     * Opens a task through Tasklist's notice "Bạn cũng đang xử lý các nhiệm vụ sau của cùng quy trình",
     * the way to a task of the user's own that no unit filter lists (the review of a pasted letter).
     */
    public void openFromNotice(String taskId) {
        click(wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".page-notifications a[href$='task=" + taskId + "']"))));
        editableForm();
    }

    private void editableForm() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[ng-if='tasklistForm.type']:not(.disabled-form) .fjs-container")));
    }

    /** Opens Tasklist's "start a process" dialog on this process (as its link in the header does) and waits for its form. */
    public void startForm(String processKey) {
        browser.get(base + "/camunda/app/tasklist/default/#/?processStart=" + processKey);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-body .fjs-container")));
    }

    /** Starts the process of the open start dialog and waits for the dialog to close. */
    public void start() {
        click(wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']"))));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-body")));
    }

    /** The form's field with this id from the .form file (form-js prefixes it per rendering). */
    public WebElement field(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-container [id$='-" + id + "']")));
    }

    /** Tasklist's footer stays over the bottom of the window: what is clicked is brought to the middle first. */
    public void click(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Types over a field's text, with the keys a user would (form-js listens to input, not to value). */
    public void replace(WebElement field, CharSequence text) {
        click(field);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    /**
     * Tasklist enables Complete once the form reports no errors; after an edit in a dynamic list only
     * because giaoviec's Tasklist plugin has the form validated again (plugin/giaoviec/app/plugin.js).
     */
    public void complete() {
        WebElement complete = completable();
        // a notice ("the next task of this process is yours too") may lie over the button: read, then closed
        browser.findElements(By.cssSelector(".page-notifications .close")).stream().filter(WebElement::isDisplayed)
                .forEach(WebElement::click);
        wait.until(d -> d.findElements(By.cssSelector(".page-notifications .alert")).stream().noneMatch(WebElement::isDisplayed));
        click(complete);
    }

    /** Waits until Tasklist enables Complete. */
    public WebElement completable() {
        return wait.until(ExpectedConditions.elementToBeClickable(COMPLETE));
    }

    /**
     * Interface text the clerk sees in English: visible lines and placeholders that are one of
     * Tasklist's English labels, or hold a word the first users met in English ("Claim", "Due a year ago").
     */
    public List<String> english() {
        return EnglishLabels.shown(browser, "tasklist");
    }

    /** The list's first sort key, as Tasklist shows it. */
    public String sortedBy() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.sorting-choice")))
                .getText().trim();
    }

    /** Whether Camunda's migration banner or its "Create task" can be seen. */
    public boolean showsBannerOrCreateTask() {
        return browser.findElements(By.cssSelector(".ce-eol-banner, li.create-task-action")).stream()
                .anyMatch(WebElement::isDisplayed) || browser.findElement(By.tagName("body")).getText().contains("Camunda 8");
    }

    /** What Tasklist's notices say, for a failure message. */
    public String notices() {
        return browser.findElement(By.cssSelector(".page-notifications")).getText();
    }

    /** The whole task: Tasklist scrolls inside its columns, so the window first grows by what they hide. */
    public void screenshot(String name) throws IOException {
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
}
