package com.frameworkfork.comment;

import com.frameworkfork.support.Browser;
import com.frameworkfork.support.SiteTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Posting comments in a real browser, including one the server refuses. */
@SiteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommentIT {

    private static final String ARTICLE = "/articles/what-each-framework-gives-you";

    @LocalServerPort
    private int port;

    private ChromeDriver browser;

    @BeforeAll
    void openBrowser() {
        browser = Browser.openDesktop();
    }

    private void fillIn(String name, String body) {
        WebElement nameField = browser.findElement(By.id("comment-name"));
        nameField.clear();
        nameField.sendKeys(name);
        WebElement bodyField = browser.findElement(By.id("comment-body"));
        bodyField.clear();
        bodyField.sendKeys(body);
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector(".comment-form button[type=submit]")));
    }

    @Test
    void postACommentAndSeeIt() {
        browser.get("http://localhost:" + port + ARTICLE);
        int before = browser.findElements(By.cssSelector("[data-testid=comment]")).size();

        fillIn("Grace", "Flask's blueprints were enough for our four-person team.");

        Browser.waitForUrl(browser, ".*" + ARTICLE + "#comment-\\d+$");
        assertThat(browser.findElements(By.cssSelector("[data-testid=comment]"))).hasSize(before + 1);
        String anchor = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
        assertThat(browser.findElement(By.cssSelector("#" + anchor + " .comment-body")).getText())
                .isEqualTo("Flask's blueprints were enough for our four-person team.");
        Browser.assertAccessible(browser, "article with a comment");
        Browser.screenshot(browser, "comment-posted");
    }

    @Test
    void aRefusedCommentKeepsItsText() {
        browser.get("http://localhost:" + port + ARTICLE);
        String body = "A thoughtful comment that took a while to write.";

        // Spaces satisfy the browser's required check but not the server's.
        fillIn("   ", body);

        WebElement summary = browser.findElement(By.cssSelector("[data-testid=comment-error-summary]"));
        assertThat(summary.getText()).contains("display name");
        assertThat(browser.getCurrentUrl()).as("the refused page opens at the form").endsWith("#comment-form");
        assertThat(((Number) browser.executeScript(
                "return arguments[0].getBoundingClientRect().top;", summary)).doubleValue())
                .as("the error summary is on screen without scrolling")
                .isBetween(0.0, 700.0);
        assertThat(browser.findElement(By.id("comment-body")).getDomProperty("value")).isEqualTo(body);
        assertThat(browser.findElement(By.id("comment-name")).getDomAttribute("aria-invalid")).isEqualTo("true");
        Browser.assertAccessible(browser, "article with a refused comment");
        Browser.screenshot(browser, "comment-refused");
    }
}
