package com.frameworkfork.admin;

import java.time.Duration;

import com.frameworkfork.support.Admin;
import com.frameworkfork.support.Browser;
import com.frameworkfork.support.SiteTest;
import com.frameworkfork.web.maintenance.MaintenanceMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office in a real browser: an accessible login (WCAG 3.3.8), the maintenance switch, and the
 * banner a reader then sees. Maintenance is switched off again after each test, for the other browser tests;
 * while it is on, no other test runs, since every page and write would show it.
 */
@SiteTest
@Isolated
class AdminMaintenanceIT {

    @LocalServerPort
    private int port;

    @Autowired
    private MaintenanceMode maintenanceMode;

    @AfterEach
    void switchOff() {
        maintenanceMode.switchTo(false);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void adminSwitchesMaintenanceOnAndReadersSeeTheBanner() {
        ChromeDriver admin = Browser.openDesktop();
        admin.get(url("/login"));
        WebElement username = admin.findElement(By.id("username"));
        WebElement password = admin.findElement(By.id("password"));
        assertThat(username.getDomAttribute("autocomplete")).isEqualTo("username");
        assertThat(password.getDomAttribute("autocomplete")).isEqualTo("current-password");
        assertThat(admin.findElements(By.cssSelector("[onpaste], [oncopy], [oncut]"))).isEmpty();
        Boolean pasteBlocked = (Boolean) admin.executeScript("""
                const paste = new ClipboardEvent('paste', {bubbles: true, cancelable: true, clipboardData: new DataTransfer()});
                paste.clipboardData.setData('text/plain', 'pasted');
                document.getElementById('password').dispatchEvent(paste);
                return paste.defaultPrevented;""");
        assertThat(pasteBlocked).as("pasting into the password field is prevented").isFalse();
        Browser.assertAccessible(admin, "login");
        Browser.screenshot(admin, "login");

        username.sendKeys(Admin.USERNAME);
        password.sendKeys(Admin.PASSWORD);
        admin.findElement(By.cssSelector("main button[type=submit]")).click();
        Browser.waitForUrl(admin, ".*/admin$");
        assertThat(admin.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
        Browser.assertAccessible(admin, "admin dashboard");
        Browser.screenshot(admin, "admin-dashboard");

        Browser.clickAndWaitForNextPage(admin, admin.findElement(By.linkText("Maintenance")));
        assertThat(admin.getCurrentUrl()).endsWith("/admin/maintenance");
        assertThat(admin.findElement(By.cssSelector("[data-testid=maintenance-state]")).getText()).endsWith("off.");
        Browser.assertAccessible(admin, "maintenance switch");
        Browser.clickAndWaitForNextPage(admin, admin.findElement(By.xpath("//button[normalize-space()='Switch maintenance mode on']")));
        assertThat(admin.findElement(By.cssSelector("[data-testid=maintenance-state]")).getText()).endsWith("on.");
        Browser.screenshot(admin, "admin-maintenance-on");

        // A reader, with none of the admin's cookies.
        ChromeDriver reader = Browser.openDesktop();
        reader.get(url("/articles/what-each-framework-gives-you"));
        WebElement banner = new WebDriverWait(reader, Duration.ofSeconds(10)).until(d -> {
            d.navigate().refresh();
            return d.findElements(By.cssSelector("[data-testid=maintenance-banner]")).stream().findFirst().orElse(null);
        });
        assertThat(banner.getText()).contains("under maintenance");
        Browser.assertAccessible(reader, "article during maintenance");
        Browser.screenshot(reader, "maintenance-banner");

        reader.findElement(By.id("comment-name")).sendKeys("Ada");
        reader.findElement(By.id("comment-body")).sendKeys("Written while the site was paused.");
        Browser.clickAndWaitForNextPage(reader, reader.findElement(By.cssSelector(".comment-form button[type=submit]")));
        assertThat(reader.findElement(By.tagName("h1")).getText()).containsIgnoringCase("maintenance");
        assertThat(reader.findElement(By.cssSelector("textarea[name=body]")).getDomProperty("value"))
                .isEqualTo("Written while the site was paused.");
        Browser.assertAccessible(reader, "comment held during maintenance (503)");
        Browser.screenshot(reader, "maintenance-comment-held");
    }

    @Test
    void wrongPasswordIsRefusedAccessibly() {
        ChromeDriver browser = Browser.openDesktop();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.cssSelector("main button[type=submit]")).click();

        assertThat(Browser.waitFor(browser, By.cssSelector("[data-testid=login-error]")).getText()).contains("do not match");
        Browser.assertAccessible(browser, "login with an error");
    }
}
