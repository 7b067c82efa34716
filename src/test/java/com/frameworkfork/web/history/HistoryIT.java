package com.frameworkfork.web.history;

import java.util.List;
import java.util.Map;

import com.frameworkfork.support.Browser;
import com.frameworkfork.support.SiteTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The history pages in a real browser, on a desktop and a phone, light and dark: accessible, and readable. */
@SiteTest
class HistoryIT {

    @LocalServerPort
    private int port;

    @ParameterizedTest
    @CsvSource({"1366, 900, light", "390, 844, dark"})
    void anArticlesHistoryAndTheRecentActionsAreAccessible(int width, int height, String scheme) {
        ChromeDriver browser = Browser.open(width, height);
        try {
            browser.executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            Browser.signInAsAdmin(browser, port);
            String name = width + "-" + scheme;
            assertThat(browser.findElements(By.cssSelector("[data-testid=recent-actions] [data-testid=history-entry]"))).isNotEmpty();
            Browser.screenshot(browser, "history-dashboard-" + name);

            Browser.clickAndWaitForNextPage(browser, browser.findElement(By.linkText("History")));
            assertThat(browser.findElements(By.cssSelector("[data-testid=history-entry]"))).isNotEmpty();
            Browser.assertAccessible(browser, "recent actions");
            Browser.screenshot(browser, "history-list-" + name);

            // A published article: the article editor's test, running alongside, schedules one of its own and deletes it.
            browser.get("http://localhost:" + port + "/admin/articles?state=published");
            Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("a[href$='/edit']")));
            browser.findElement(By.id("bodyMarkdown")).sendKeys("\n\nA paragraph added in the browser.");
            Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("button[value=save]")));
            Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("[data-testid=history-link]")));
            assertThat(browser.findElements(By.cssSelector("[data-testid=text-diff]"))).isNotEmpty();
            Browser.assertAccessible(browser, "an article's history");
            Browser.screenshot(browser, "history-article-" + name);

            Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("[data-testid=restore-link]")));
            Browser.assertAccessible(browser, "restore confirmation");
            Browser.screenshot(browser, "history-restore-" + name);
        } finally {
            // The browser is shared by the run's browser tests: the next one gets the colour scheme unforced.
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }
}
