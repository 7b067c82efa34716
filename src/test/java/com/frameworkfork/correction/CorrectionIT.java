package com.frameworkfork.correction;

import java.util.List;
import java.util.Map;

import com.frameworkfork.support.Browser;
import com.frameworkfork.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader suggests a correction to an article in a real browser, on a desktop and on a phone, and an
 * editor marks it done from the keyboard. Every page passes axe and is photographed light and dark.
 */
@SiteTest
class CorrectionIT {

    private static final String ARTICLE = "/articles/security-defaults-compared";
    private static final String TYPED = "The CSRF row should say Django 6.0 added a built-in Content Security Policy.";

    @LocalServerPort
    private int port;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aReaderSuggestsACorrectionAndAnEditorMarksItDone() {
        for (int[] size : List.of(new int[] {1366, 900}, new int[] {390, 844})) {
            String name = "-" + size[0];
            ChromeDriver reader = Browser.open(size[0], size[1]);
            try {
                reader.get(url(ARTICLE));
                WebElement link = reader.findElement(By.cssSelector("a[data-testid=suggest-correction]"));
                reader.executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
                photograph(reader, "article-suggest-correction" + name);
                Browser.clickAndWaitForNextPage(reader, link);
                assertThat(reader.findElement(By.tagName("h1")).getText()).isEqualTo("Suggest a correction");
                Browser.assertAccessible(reader, "correction form");
                photograph(reader, "correction-form" + name);

                reader.findElement(By.id("correction-problem")).sendKeys(TYPED);
                reader.findElement(By.id("correction-link")).sendKeys("ftp://example.org/notes");
                Browser.clickAndWaitForNextPage(reader, reader.findElement(By.cssSelector("#correction-form button[type=submit]")));
                assertThat(reader.findElement(By.id("correction-link-error")).getText()).isNotBlank();
                assertThat(reader.findElement(By.id("correction-problem")).getAttribute("value")).isEqualTo(TYPED);
                Browser.assertAccessible(reader, "correction form with an error");
                photograph(reader, "correction-form-error" + name);

                WebElement linkField = reader.findElement(By.id("correction-link"));
                linkField.clear();
                linkField.sendKeys("https://docs.djangoproject.com/en/stable/howto/csp/", Keys.ENTER);
                Browser.waitFor(reader, By.cssSelector("[data-testid=correction-sent]"));
                Browser.assertAccessible(reader, "thank-you");
                photograph(reader, "correction-sent" + name);
                Browser.clickAndWaitForNextPage(reader, reader.findElement(By.cssSelector("[data-testid=correction-back]")));
                assertThat(reader.getCurrentUrl()).endsWith(ARTICLE);
            } finally {
                reader.quit();
            }
        }

        ChromeDriver editor = Browser.open(1366, 900);
        try {
            Browser.signInAsAdmin(editor, port);
            editor.get(url("/admin/corrections"));
            List<WebElement> open = editor.findElements(By.cssSelector("li[data-testid=suggestion]"));
            assertThat(open).hasSize(2).allSatisfy(li -> assertThat(li.getText()).contains(TYPED));
            Browser.assertAccessible(editor, "corrections queue");
            photograph(editor, "correction-queue-1366");
            editor.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            photograph(editor, "correction-queue-390");
            editor.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));

            for (WebElement li : open) {
                li.findElement(By.cssSelector("input[type=checkbox]")).sendKeys(Keys.SPACE);
            }
            editor.findElement(By.cssSelector(".bulk-actions button[value=done]")).sendKeys(Keys.ENTER);
            WebElement report = Browser.waitFor(editor, By.cssSelector("[data-testid=correction-report]"));
            assertThat(report.getText()).startsWith("2 suggestions");
            assertThat(editor.findElements(By.cssSelector("li[data-testid=suggestion]"))).isEmpty();
            Browser.assertAccessible(editor, "corrections queue after marking done");

            Browser.clickAndWaitForNextPage(editor, editor.findElement(By.linkText("Done")));
            assertThat(editor.findElements(By.cssSelector("li[data-testid=suggestion]"))).hasSize(2);
            Browser.assertAccessible(editor, "done suggestions");
            photograph(editor, "correction-done-1366");
        } finally {
            editor.quit();
        }
    }

    /** The page as it is, then in the dark colour scheme. */
    private static void photograph(ChromeDriver browser, String name) {
        Browser.screenshot(browser, name);
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        Browser.screenshot(browser, name + "-dark");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }
}
