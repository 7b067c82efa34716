package com.frameworkfork.site;

import com.frameworkfork.support.Browser;
import com.frameworkfork.support.SiteTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader's way through the article pages in a real browser, with axe-core checking each kind of page.
 * One browser serves the whole class: none of these tests depends on another's cookies.
 */
@SiteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderJourneyIT {

    @LocalServerPort
    private int port;

    private ChromeDriver browser;

    @BeforeAll
    void openBrowser() {
        browser = Browser.openDesktop();
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
        Browser.assertAccessible(browser, "home");
        Browser.screenshot(browser, "home");

        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.linkText("All articles →")));
        assertThat(browser.getCurrentUrl()).endsWith("/articles");
        Browser.assertAccessible(browser, "article list");
        Browser.screenshot(browser, "article-list");

        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.partialLinkText("Six-Question Decision Guide")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Django or Flask?");
        long views = count("view-count");
        long hearts = count("heart-count");
        Browser.assertAccessible(browser, "article");
        Browser.screenshot(browser, "article");

        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("#hearts button")));

        assertThat(browser.getCurrentUrl()).endsWith("/articles/django-or-flask-decision-guide#hearts");
        assertThat(count("heart-count")).isEqualTo(hearts + 1);
        // A kept copy shows the views counted when it was made, so earlier readers' views may show up too.
        assertThat(count("view-count")).as("this reader's view is counted").isGreaterThan(views);
        Browser.screenshot(browser, "article-hearted");

        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("#hearts button")));
        assertThat(count("heart-count")).as("a second heart from the same reader").isEqualTo(hearts + 1);
    }

    @Test
    void categoryListIsAccessible() {
        browser.get(url("/articles?category=performance"));

        assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
        Browser.assertAccessible(browser, "category list");
    }

    @Test
    void skipLinkIsTheFirstThingTheKeyboardReaches() {
        browser.get(url("/articles"));

        WebElement focused = Browser.tab(browser);

        assertThat(focused.getText()).isEqualTo("Skip to content");
        assertThat(focused.isDisplayed()).isTrue();
        Browser.assertFocusVisibleAndUnobscured(browser);
        focused.sendKeys(Keys.ENTER);
        assertThat(browser.getCurrentUrl()).endsWith("#main");
    }

    /** WCAG 2.4.7 and 2.4.11 on the longest kind of page: every stop on the way down is outlined and clear of the header. */
    @Test
    void everyFocusStopOnAnArticleIsVisibleAndClearOfTheStickyHeader() {
        browser.get(url("/articles/django-or-flask-decision-guide"));

        for (int stop = 0; stop < 120; stop++) {
            WebElement focused = Browser.tab(browser);
            Browser.assertFocusVisibleAndUnobscured(browser);
            if ("comment-body".equals(focused.getDomAttribute("id"))) {
                Browser.screenshot(browser, "article-focus-comment-box");
                walkBackUpToTheTop();
                return;
            }
        }
        throw new AssertionError("Tab never reached the comment box");
    }

    /** Going backwards is where a sticky header hides things: the browser scrolls just far enough to show the element. */
    private void walkBackUpToTheTop() {
        for (int stop = 0; stop < 120; stop++) {
            WebElement focused = browser.switchTo().activeElement();
            focused.sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
            focused = browser.switchTo().activeElement();
            Browser.assertFocusVisibleAndUnobscured(browser);
            if ("Skip to content".equals(focused.getText())) {
                return;
            }
        }
        throw new AssertionError("Shift+Tab never got back to the skip link");
    }

    @Test
    void searchHighlightsMatchesAndHelpsWhenNothingMatches() {
        browser.get(url("/search?q=admin"));
        assertThat(browser.findElements(By.cssSelector(".search-hit mark"))).isNotEmpty();
        Browser.assertAccessible(browser, "search results");
        Browser.screenshot(browser, "search-results");

        browser.get(url("/search?q=zebra+quasar"));
        assertThat(browser.findElement(By.cssSelector("main .empty")).getText()).as("an empty state that says what to do").isNotBlank();
        assertThat(browser.findElements(By.cssSelector(".search-suggestions a"))).isNotEmpty();
        Browser.assertAccessible(browser, "search without results");
        Browser.screenshot(browser, "search-empty");
    }

    @Test
    void notFoundPageIsAccessible() {
        browser.get(url("/articles/not-a-real-article"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("could not find");
        Browser.assertAccessible(browser, "404");
        Browser.screenshot(browser, "not-found");
    }
}
