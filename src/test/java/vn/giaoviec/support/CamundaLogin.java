package vn.giaoviec.support;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The login form Camunda's webapps (Tasklist, Cockpit) share, filled as a careful user fills it. */
public final class CamundaLogin {

    private static final By USERNAME = By.cssSelector("input[ng-model=username]");
    private static final By PASSWORD = By.cssSelector("input[ng-model=password]");

    private CamundaLogin() {
    }

    /**
     * Types the credentials, reads them back and signs in. The webapps focus the user name field once
     * more 300 ms after they start (a timer in their bootstrap); on a busy machine it fires while the
     * password is typed, the password lands in the user name and the login fails. What the fields hold
     * is therefore checked, and typed over until right, before "Đăng nhập" is clicked.
     */
    public static void signIn(WebDriver browser, String user, String password) {
        new WebDriverWait(browser, Chromium.PATIENCE).withMessage("the login form would not keep what was typed").until(d -> {
            WebElement name = d.findElement(USERNAME);
            WebElement secret = d.findElement(PASSWORD);
            if (!holds(name, user) || !holds(secret, password)) {
                typeOver(name, user);
                typeOver(secret, password);
            }
            return holds(name, user) && holds(secret, password);
        });
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private static boolean holds(WebElement field, String text) {
        return text.equals(field.getDomProperty("value"));
    }

    private static void typeOver(WebElement field, String text) {
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }
}
