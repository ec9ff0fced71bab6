package org.livebase.testsupport;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its own chromedriver, for end-to-end tests. Register it on a test class
 * with {@code @RegisterExtension static final Chromium browser = new Chromium();}: one browser serves the whole class
 * (starting one costs a second or two), each test starts with no cookies, and a failing test leaves a screenshot and
 * the page's HTML in {@code target/browser-screenshots/}.
 *
 * <p>
 * Nothing is downloaded: the driver is given to Selenium as a file, so Selenium Manager is never asked to find (or
 * fetch) one, and Chromium is told not to phone home. Without Chromium the tests fail, saying what to install, rather
 * than skip: a skipped browser test would look like a passing one in CI.
 */
public final class Chromium implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterTestExecutionCallback {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    private static final Duration PAGE_WAIT = Duration.ofSeconds(20);

    private ChromeDriver driver;
    private Path profile;
    private String site;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        for (Path needed : new Path[] { BINARY, DRIVER }) {
            if (!Files.isExecutable(needed)) {
                throw new IllegalStateException(needed + " is missing: the browser tests need Debian's Chromium "
                        + "(apt-get install -y chromium chromium-driver fonts-wqy-zenhei, as .ci/run does)");
            }
        }
        profile = Files.createTempDirectory("livebase-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update",
                "--disable-sync", "--disable-default-apps", "--disable-extensions", "--window-size=1280,1024",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PAGE_WAIT);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        // Cookies belong to the site, so only a page of the site can clear them; before the first visit there are none.
        if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws IOException {
        if (context.getExecutionException().isEmpty() || driver == null) {
            return;
        }
        Files.createDirectories(SCREENSHOTS);
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        Files.writeString(SCREENSHOTS.resolve(name + ".html"),
                "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(), StandardCharsets.UTF_8);
    }

    /** The address of the application under test, such as the test's {@code @TestHTTPResource("/") URL}. */
    public void at(URL site) {
        String address = site.toString();
        this.site = address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the site, such as {@code /register}. */
    public void open(String path) {
        driver.get(site + path);
    }

    /** The path and query of the page shown, such as {@code /applications/12?done=submit}. */
    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(site) ? url.substring(site.length()) : url;
    }

    /** The text a reader sees on the page. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The page's language, from {@code <html lang>}. */
    public String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    /** Types {@code value} into the field of this name, or picks it in a select list, as a person would. */
    public void fill(String name, String value) {
        fill(By.name(name), value);
    }

    /** Types {@code value} into the field {@code by} selects, or picks it in a select list. */
    public void fill(By by, String value) {
        WebElement field = driver.findElement(by);
        if ("select".equals(field.getTagName())) {
            new Select(field).selectByValue(value);
        } else {
            field.clear();
            field.sendKeys(value);
        }
    }

    /** Ticks the checkbox of this name and value. */
    public void tick(String name, String value) {
        WebElement box = driver.findElement(By.cssSelector("input[type=checkbox][name='" + name + "'][value='" + value + "']"));
        if (!box.isSelected()) {
            box.click();
        }
    }

    /** Clicks a link or button and waits until the page it leads to has loaded. */
    public void click(By by) {
        navigate(() -> driver.findElement(by).click());
    }

    /** Clicks the link with exactly this text and waits for its page. */
    public void follow(String linkText) {
        click(By.linkText(linkText));
    }

    /** Submits the form {@code form} selects with its submit button, and waits for the answer page. */
    public void submit(By form) {
        WebElement element = driver.findElement(form);
        List<WebElement> buttons = element.findElements(By.cssSelector("button[type=submit], button:not([type])"));
        // A form without a button (the search box) is sent the way a visitor sends it: Enter in its field.
        navigate(() -> {
            if (buttons.isEmpty()) {
                element.findElement(By.cssSelector("input:not([type=hidden])")).sendKeys(Keys.ENTER);
            } else {
                buttons.get(0).click();
            }
        });
    }

    /** Signs in through the login form. */
    public void signIn(String username, String password) {
        open("/login");
        fill("j_username", username);
        fill("j_password", password);
        submit(By.cssSelector("form[action='/j_security_check']"));
    }

    /** Forgets the session (and the language choice), as a new visitor on the same machine. */
    public void signOut() {
        driver.manage().deleteAllCookies();
    }

    /**
     * Runs an action that loads a new page and waits for it: a mark set on the old page's window is gone once the new
     * page has replaced it. (Waiting for an old element to go stale raced with ChromeDriver, which sometimes answers
     * "node does not belong to the document" instead of "stale" while the page is being swapped.)
     */
    private void navigate(Runnable action) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.livebaseOldPage = true");
        action.run();
        new WebDriverWait(driver, PAGE_WAIT).until(d -> Boolean.TRUE.equals(js.executeScript(
                "return window.livebaseOldPage === undefined && document.readyState === 'complete'")));
    }
}
