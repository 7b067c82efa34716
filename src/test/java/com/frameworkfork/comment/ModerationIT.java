package com.frameworkfork.comment;

import java.time.Duration;

import com.frameworkfork.support.Browser;
import com.frameworkfork.support.Clients;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.SiteTest;
import com.frameworkfork.support.TestArticles;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A comment with a link in a real browser: its author sees it waiting, a moderator finds it first in the
 * queue and approves it from the keyboard, and then every reader sees it. Deleting asks first.
 */
@SiteTest
class ModerationIT {

    private static final String ARTICLE = "/articles/security-defaults-compared";
    private static final String TYPED = "The checklist at https://example.org/checklist helped us.";
    private static final String HIDDEN = "Hidden from readers: the reasons are at www.hidden.example.";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcTemplate jdbc;

    @LocalServerPort
    private int port;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aHeldCommentIsSeenByItsAuthorThenApprovedFromTheQueue() throws Exception {
        // The queue also shows a comment a moderator hid, drawn apart from the others: it must stay as readable.
        hideACommentOfItsOwn();
        ChromeDriver reader = Browser.openDesktop();
        try {
            reader.get(url(ARTICLE));
            reader.findElement(By.id("comment-name")).sendKeys("Grace");
            reader.findElement(By.id("comment-body")).sendKeys(TYPED);
            Browser.clickAndWaitForNextPage(reader, reader.findElement(By.cssSelector(".comment-form button[type=submit]")));

            Browser.waitForUrl(reader, ".*#comment-held$");
            WebElement notice = reader.findElement(By.cssSelector("[data-testid=comment-held]"));
            assertThat(notice.getText()).contains(TYPED).contains("Grace");
            assertThat(((Number) reader.executeScript("return arguments[0].getBoundingClientRect().top;", notice))
                    .doubleValue()).as("the notice is on screen").isBetween(0.0, 700.0);
            Browser.assertAccessible(reader, "a held comment shown to its author");
            Browser.screenshot(reader, "comment-held");
        } finally {
            reader.quit();
        }

        ChromeDriver moderator = Browser.openDesktop();
        try {
            Browser.signInAsAdmin(moderator, port);
            moderator.get(url("/admin/comments"));
            WebElement first = moderator.findElement(By.cssSelector("li[data-testid=admin-comment]"));
            assertThat(first.getText()).contains(TYPED).contains("Held for review");
            Browser.assertAccessible(moderator, "the moderation queue");
            Browser.screenshot(moderator, "moderation-queue");

            WebElement tick = first.findElement(By.cssSelector("input[type=checkbox]"));
            tick.sendKeys(Keys.SPACE);
            assertThat(tick.isSelected()).isTrue();
            WebElement delete = moderator.findElement(By.cssSelector(".bulk-actions button[value=delete]"));
            delete.sendKeys(Keys.ENTER);
            new WebDriverWait(moderator, Duration.ofSeconds(10)).until(d -> d.getTitle().startsWith("Delete"));
            assertThat(moderator.findElement(By.cssSelector("[data-testid=comment-to-delete]")).getText()).contains(TYPED);
            Browser.assertAccessible(moderator, "confirming a deletion");
            Browser.screenshot(moderator, "moderation-confirm-delete");
            Browser.clickAndWaitForNextPage(moderator, moderator.findElement(By.partialLinkText("Keep them")));

            first = moderator.findElement(By.cssSelector("li[data-testid=admin-comment]"));
            first.findElement(By.cssSelector("input[type=checkbox]")).sendKeys(Keys.SPACE);
            WebElement approve = moderator.findElement(By.cssSelector(".bulk-actions button[value=approve]"));
            approve.sendKeys(Keys.ENTER);
            WebElement report = Browser.waitFor(moderator, By.cssSelector("[data-testid=moderation-report]"));
            assertThat(report.getText()).startsWith("1 comment");
            Browser.assertAccessible(moderator, "the queue after approving");
        } finally {
            moderator.quit();
        }

        ChromeDriver anyone = Browser.openDesktop();
        try {
            anyone.get(url(ARTICLE));
            assertThat(anyone.findElements(By.cssSelector("[data-testid=comment] .comment-body")))
                    .extracting(WebElement::getText).contains(TYPED);
        } finally {
            anyone.quit();
        }
    }

    private void hideACommentOfItsOwn() throws Exception {
        mvc.perform(post(ARTICLE + "/comments").with(PageToken.from(mvc, ARTICLE)).with(Clients.fresh())
                .param("name", "Ada").param("body", HIDDEN)).andExpect(status().isSeeOther());
        long id = jdbc.queryForObject("SELECT id FROM comment WHERE body = ?", Long.class, HIDDEN);
        mvc.perform(post("/admin/comments/bulk").with(TestArticles.asAdminWithToken(mvc))
                .param("action", "hide").param("ids", Long.toString(id))).andExpect(status().isSeeOther());
    }
}
