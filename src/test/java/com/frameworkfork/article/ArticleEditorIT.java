package com.frameworkfork.article;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.frameworkfork.support.Browser;
import com.frameworkfork.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor in a real browser: the slug follows the title as they type, the article is scheduled,
 * previewed as readers will see it and saved from the preview, found in the filtered list, and deleted
 * after a confirmation, after which its address answers 410 with ways on.
 */
@SiteTest
class ArticleEditorIT {


    @LocalServerPort
    private int port;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void scheduleAnArticlePreviewItSaveItFindItAndDeleteIt() {
        ChromeDriver editor = Browser.openDesktop();
        try {
            Browser.signInAsAdmin(editor, port);
            editor.get(url("/admin/articles/new"));
            editor.findElement(By.id("title")).sendKeys("Crème de la Flask: a browser test");
            assertThat(editor.findElement(By.id("slug")).getDomProperty("value")).isEqualTo("creme-de-la-flask-a-browser-test");
            editor.findElement(By.id("summary")).sendKeys("Written, scheduled and deleted by a test.");
            new Select(editor.findElement(By.id("categorySlug"))).selectByValue("guides");
            editor.findElement(By.id("bodyMarkdown")).sendKeys("## Why\n\nBecause the editor should work.");
            clickCentred(editor, editor.findElement(By.cssSelector("input[name=sourceCodes][value=S1]")));
            LocalDateTime tomorrow = LocalDateTime.now(ZoneOffset.UTC).plusDays(1);
            editor.executeScript("document.getElementById('publishedOn').value = arguments[0];"
                    + "document.getElementById('publishTime').value = arguments[1];",
                    tomorrow.toLocalDate().toString(), tomorrow.format(DateTimeFormatter.ofPattern("HH:mm")));
            clickCentred(editor, editor.findElement(By.cssSelector("input[name=state][value=scheduled]")));
            Browser.assertAccessible(editor, "the article editor");

            Browser.clickAndWaitForNextPage(editor, editor.findElement(By.cssSelector("button[value=preview]")));
            assertThat(editor.findElement(By.cssSelector("[data-testid=preview-banner]")).getText()).contains("Scheduled");
            assertThat(editor.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Crème de la Flask: a browser test");
            Browser.assertAccessible(editor, "an article preview");
            Browser.screenshot(editor, "article-preview");

            Browser.clickAndWaitForNextPage(editor, editor.findElement(By.cssSelector("[data-testid=preview-banner] button[value=save]")));
            assertThat(editor.findElement(By.cssSelector("[data-testid=saved]")).isDisplayed()).isTrue();

            editor.get(url("/admin/articles?state=scheduled&q=browser+test"));
            WebElement row = editor.findElement(By.cssSelector("tr[data-slug=creme-de-la-flask-a-browser-test]"));
            assertThat(row.getText()).contains("Scheduled");
            Browser.assertAccessible(editor, "the article list, filtered");
            Browser.screenshot(editor, "article-list-filtered");

            Browser.clickAndWaitForNextPage(editor, row.findElement(By.partialLinkText("Delete")));
            Browser.assertAccessible(editor, "confirming an article's deletion");
            Browser.clickAndWaitForNextPage(editor, editor.findElement(By.cssSelector("form[action$='/delete'] button")));
            assertThat(editor.findElement(By.cssSelector("[data-testid=deleted]")).isDisplayed()).isTrue();
        } finally {
            editor.quit();
        }

        ChromeDriver reader = Browser.openDesktop();
        try {
            reader.get(url("/articles/creme-de-la-flask-a-browser-test"));
            assertThat(reader.findElement(By.tagName("h1")).getText()).isNotBlank();
            assertThat(reader.findElements(By.cssSelector("main a[href='/decide']"))).hasSize(1);
            Browser.assertAccessible(reader, "a deleted article's page");
            Browser.screenshot(reader, "article-gone");
        } finally {
            reader.quit();
        }
    }

    /** Clicks in the middle of the window, where the sticky header cannot be in the way. */
    private static void clickCentred(ChromeDriver browser, WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
