package com.frameworkfork.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium driven through its own chromedriver, never a downloaded one.
 * Where either binary is missing the calling test is skipped with a message saying so. One Chromium
 * per test thread serves every browser test that thread runs, since starting one takes longer than most
 * of the tests; each test gets it as a new visitor would have it, and it is quit when the JVM exits.
 */
public final class Browser {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private Browser() {
    }

    public static void assumeAvailable() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: install Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)");
    }

    /** A thread's own browser: browser test classes run two at a time, each class on one thread. */
    private static final ThreadLocal<ChromeDriver> SHARED = new ThreadLocal<>();

    /** The browser as a new visitor has it, at this window size: on a blank page, without any cookie an earlier test left. */
    public static ChromeDriver open(int width, int height) {
        assumeAvailable();
        ChromeDriver browser = SHARED.get();
        // A test that quits the browser (its own way of starting afresh) leaves the next one to launch another.
        if (browser == null || browser.getSessionId() == null) {
            browser = launch(width, height);
            SHARED.set(browser);
            Runtime.getRuntime().addShutdownHook(new Thread(browser::quit));
        }
        browser.get("about:blank");
        browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        browser.manage().window().setSize(new Dimension(width, height));
        return browser;
    }

    private static ChromeDriver launch(int width, int height) {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    public static ChromeDriver openDesktop() {
        return open(1280, 900);
    }

    public static void screenshot(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException("Could not save screenshot " + name, e);
        }
    }

    /**
     * Runs axe-core on the current page for WCAG 2.0-2.2 A and AA; returns one line per violation.
     * Axe runs in the page itself (legacy mode): the default mode carries every node's result back to
     * Java and finishes the run in a second window, which makes a run on the long comparison page a
     * third longer and one on a short page twice as long. What the default mode adds is reaching into
     * frames, and the site has none. Asking for violations only would be quicker still, but then axe
     * misses target-size. A run that fails is a failure, not an empty list of violations.
     */
    public static List<String> accessibilityViolations(ChromeDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).setLegacyMode(true).analyze(driver);
        assertThat(results.isErrored()).as("axe-core could not run on %s: %s", driver.getCurrentUrl(), results.getErrorMessage())
                .isFalse();
        return results.getViolations().stream().map(Browser::describe).toList();
    }

    public static void assertAccessible(ChromeDriver driver, String page) {
        assertThat(accessibilityViolations(driver)).as("axe-core violations on the %s page (%s)", page, driver.getCurrentUrl()).isEmpty();
    }

    /** Signs in through the login form as the tests' admin, as an editor does, and waits for the dashboard. */
    public static void signInAsAdmin(ChromeDriver driver, int port) {
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(By.id("username")).sendKeys(Admin.USERNAME);
        driver.findElement(By.id("password")).sendKeys(Admin.PASSWORD);
        driver.findElement(By.cssSelector("main button[type=submit]")).click();
        waitForUrl(driver, ".*/admin$");
    }

    /** Waits for the page a form submission or link led to, so the next assertion sees the new document. */
    public static void waitForUrl(ChromeDriver driver, String regex) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().matches(regex));
    }

    public static WebElement waitFor(ChromeDriver driver, By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(locator));
    }

    /** Clicks something that loads a new page and waits until the old page is gone. */
    public static void clickAndWaitForNextPage(ChromeDriver driver, WebElement element) {
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> isGone(element));
    }

    /**
     * Chromium reports an element of a replaced document either as stale or, while the new document
     * is loading, as a node that "does not belong to the document"; both mean the old page is gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException gone) {
            return true;
        }
    }

    /** Presses Tab on whatever has focus, as a keyboard user would, and returns the newly focused element. */
    public static WebElement tab(ChromeDriver driver) {
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        return driver.switchTo().activeElement();
    }

    /**
     * Where the focused element is and how its focus is drawn. A radio button's indicator may sit on
     * its label, so both are read. The element counts as covered when the header is what the
     * browser paints at the element's centre.
     */
    @SuppressWarnings("unchecked")
    public static FocusIndicator focusIndicator(ChromeDriver driver) {
        Map<String, Object> state = (Map<String, Object>) driver.executeScript("""
                const el = document.activeElement;
                const drawn = [el].concat(el.labels ? Array.from(el.labels) : []).map(e => getComputedStyle(e))
                    .some(s => s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2);
                const header = document.querySelector('.site-header');
                const rect = el.getBoundingClientRect();
                const painted = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
                return {
                    description: el.tagName + ' ' + (el.id || el.getAttribute('href') || el.textContent.trim().slice(0, 40)),
                    drawn: drawn,
                    coveredByHeader: painted !== null && header.contains(painted) && !header.contains(el),
                    top: rect.top,
                    bottom: rect.bottom,
                    viewportHeight: window.innerHeight
                };""");
        return new FocusIndicator((String) state.get("description"), (Boolean) state.get("drawn"),
                (Boolean) state.get("coveredByHeader"), number(state.get("top")), number(state.get("bottom")),
                number(state.get("viewportHeight")));
    }

    /** Asserts WCAG 2.4.7 and 2.4.11 for the focused element: a visible indicator, in the window, not under the header. */
    public static void assertFocusVisibleAndUnobscured(ChromeDriver driver) {
        FocusIndicator focus = focusIndicator(driver);
        assertThat(focus.drawn()).as("a visible focus outline on %s", focus.description()).isTrue();
        assertThat(focus.coveredByHeader()).as("%s hidden behind the sticky header", focus.description()).isFalse();
        assertThat(focus.bottom()).as("%s is inside the window", focus.description()).isPositive();
        assertThat(focus.top()).as("%s is inside the window", focus.description()).isLessThan(focus.viewportHeight());
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    public record FocusIndicator(String description, boolean drawn, boolean coveredByHeader, double top, double bottom,
                                 double viewportHeight) {
    }

    private static String describe(Rule rule) {
        String targets = rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget()))
                .limit(5)
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at " + targets;
    }
}
