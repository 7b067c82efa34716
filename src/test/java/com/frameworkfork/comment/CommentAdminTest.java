package com.frameworkfork.comment;

import java.time.Duration;

import com.frameworkfork.support.Admin;
import com.frameworkfork.support.Clients;
import com.frameworkfork.support.Html;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.SiteTest;
import com.frameworkfork.support.TestArticles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SiteTest
class CommentAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    /** A reader's CSRF token and cookie, as a page hands them out. */
    private RequestPostProcessor token;

    /** The admin's identity and the token of a back-office page. */
    private RequestPostProcessor asAdmin;

    @BeforeEach
    void takeTokens() throws Exception {
        token = PageToken.reader(mvc);
        asAdmin = PageToken.asAdmin(mvc);
    }

    @Test
    void hiddenCommentsLeaveTheArticleAndItsCountUntilShownAgain() throws Exception {
        TestArticles.create(mvc, "moderated");
        long id = postComment("moderated", "Spammy words");
        postComment("moderated", "A helpful comment");

        mvc.perform(post("/admin/comments/{id}/visibility", id).with(asAdmin).param("hidden", "true"))
                .andExpect(status().isSeeOther());

        Document article = Html.of(mvc.perform(get("/articles/moderated")));
        assertThat(article.select("[data-testid=comment-count]").text()).isEqualTo("1");
        assertThat(article.text()).doesNotContain("Spammy words").contains("A helpful comment");
        Element listed = Html.of(mvc.perform(get("/admin/comments").with(Admin.admin())).andExpect(status().isOk()))
                .selectFirst("li#comment-" + id);
        assertThat(listed.text()).contains("Hidden").contains("Title of moderated").contains("Show again");

        mvc.perform(post("/admin/comments/{id}/visibility", id).with(asAdmin).param("hidden", "false"))
                .andExpect(status().isSeeOther());
        assertThat(Html.of(mvc.perform(get("/articles/moderated"))).select("[data-testid=comment-count]").text()).isEqualTo("2");
    }

    @Test
    void theListIsNewestFirstAndDeletingRemovesAComment() throws Exception {
        TestArticles.create(mvc, "deleted-from");
        long older = postComment("deleted-from", "Older comment");
        long newer = postComment("deleted-from", "Newer comment");

        Document list = Html.of(mvc.perform(get("/admin/comments").with(Admin.admin())));
        assertThat(list.select("li[data-testid=admin-comment]").eachAttr("id"))
                .containsSubsequence("comment-" + newer, "comment-" + older);

        mvc.perform(post("/admin/comments/{id}/delete", older).with(asAdmin))
                .andExpect(status().isSeeOther());

        assertThat(Html.of(mvc.perform(get("/admin/comments").with(Admin.admin()))).select("li#comment-" + older)).isEmpty();
        assertThat(Html.of(mvc.perform(get("/articles/deleted-from"))).select("[data-testid=comment-count]").text()).isEqualTo("1");
    }

    @Test
    void theDashboardShowsTotalsTheMostReadArticleAndTheQuestionnaire() throws Exception {
        TestArticles.create(mvc, "dashboard-read");
        postComment("dashboard-read", "Counted");
        mvc.perform(post("/api/v1/verdicts").contentType("application/json").content(
                "{\"answers\":{\"api\":\"no\",\"admin\":\"yes\",\"solo\":\"no\",\"team\":\"yes\",\"growth\":\"yes\",\"learning\":\"no\"}}"))
                .andExpect(status().isCreated());
        long mostViewsSoFar = jdbc.queryForObject("SELECT MAX(view_count) FROM article", Long.class);
        for (long read = 0; read <= mostViewsSoFar + 10; read++) {
            mvc.perform(get("/articles/dashboard-read")).andExpect(status().isOk());
        }

        // Views are counted in memory and written a moment later; the dashboard reads what was written.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(Html.of(mvc.perform(get("/admin").with(Admin.admin())))
                .selectFirst("[data-testid=most-read]").text()).startsWith("Title of dashboard-read"));
        Document page = Html.of(mvc.perform(get("/admin").with(Admin.admin())).andExpect(status().isOk()));
        assertThat(Long.parseLong(page.select("[data-testid=total-views]").text().replace(",", ""))).isGreaterThan(mostViewsSoFar);
        assertThat(Long.parseLong(page.select("[data-testid=total-comments]").text().replace(",", ""))).isPositive();
        assertThat(page.select("section h2").eachText()).contains("Questionnaire");
        assertThat(Long.parseLong(page.select("[data-testid=total-verdicts]").text().replace(",", ""))).isPositive();
        assertThat(Long.parseLong(page.select("[data-testid=verdicts-django]").text().replace(",", ""))).isPositive();
        assertThat(page.select("[data-testid=completion-rate]").text()).matches("\\d{1,3}%");
    }

    private long postComment(String slug, String body) throws Exception {
        String location = mvc.perform(post("/articles/{slug}/comments", slug).with(token).with(Clients.fresh())
                        .param("name", "Reader").param("body", body))
                .andExpect(status().isSeeOther())
                .andReturn().getResponse().getHeader("Location");
        return Long.parseLong(location.substring(location.indexOf("#comment-") + "#comment-".length()));
    }
}
