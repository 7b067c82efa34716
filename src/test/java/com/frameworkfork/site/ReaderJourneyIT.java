package com.frameworkfork.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkfork.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reader's way through the article pages, in a real browser, with axe-core checking each kind of page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReaderJourneyIT {

    @LocalServerPort
    private int port;

    private ChromeDriver browser;

    @BeforeAll
    static void requireBrowser() {
        Browser.assumeAvailable();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.openDesktop();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private long count(String testId) {
        return Long.parseLong(browser.findElement(By.cssSelector("[data-testid=" + testId + "]")).getText().replace(",", ""));
    }

    @Test
    void readAnArticleAndHeartIt() {
        browser.get(url("/"));
        assertThat(Browser.accessibilityViolations(browser)).as("home").isEmpty();
        Browser.screenshot(browser, "home");

        browser.findElement(By.linkText("All articles →")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/articles");
        assertThat(Browser.accessibilityViolations(browser)).as("article list").isEmpty();
        Browser.screenshot(browser, "article-list");

        browser.findElement(By.partialLinkText("Six-Question Decision Guide")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Django or Flask?");
        long views = count("view-count");
        long hearts = count("heart-count");
        assertThat(Browser.accessibilityViolations(browser)).as("article").isEmpty();

        browser.findElement(By.cssSelector("#hearts button")).click();

        assertThat(browser.getCurrentUrl()).endsWith("/articles/django-or-flask-decision-guide#hearts");
        assertThat(count("heart-count")).isEqualTo(hearts + 1);
        assertThat(count("view-count")).isEqualTo(views + 1);
        Browser.screenshot(browser, "article-hearted");

        browser.findElement(By.cssSelector("#hearts button")).click();
        assertThat(count("heart-count")).as("a second heart from the same reader").isEqualTo(hearts + 1);
    }

    @Test
    void skipLinkIsTheFirstThingTheKeyboardReaches() {
        browser.get(url("/articles"));

        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();

        assertThat(focused.getText()).isEqualTo("Skip to content");
        assertThat(focused.isDisplayed()).isTrue();
        focused.sendKeys(Keys.ENTER);
        assertThat(browser.getCurrentUrl()).endsWith("#main");
    }

    @Test
    void notFoundPageIsAccessible() {
        browser.get(url("/articles/not-a-real-article"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("could not find");
        assertThat(Browser.accessibilityViolations(browser)).as("404").isEmpty();
        Browser.screenshot(browser, "not-found");
    }
}
