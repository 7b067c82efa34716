package com.frameworkfork.comment;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import com.frameworkfork.support.Admin;
import com.frameworkfork.support.Clients;
import com.frameworkfork.support.Html;
import com.frameworkfork.support.HtmlValidator;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.SiteTest;
import com.frameworkfork.support.TestArticles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Pre-moderation as shipped (site.comments.moderation=links) and the moderators' queue. */
@SiteTest
class CommentModerationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCommentWithALinkWaitsForReviewItsAuthorSeesItAndApprovalShowsIt() throws Exception {
        TestArticles.create(mvc, "held-link");
        String typed = "Cheap hosting at https://spam.example/offer";

        URI held = URI.create(postComment("held-link", typed));
        assertThat(held.getFragment()).isEqualTo("comment-held");
        assertThat(held.getPath()).isNotEqualTo("/articles/held-link");
        postComment("held-link", "A later comment without any address in it.");

        Document article = Html.of(mvc.perform(get("/articles/held-link")));
        assertThat(article.text()).doesNotContain(typed);
        assertThat(article.select("[data-testid=comment-count]").text()).isEqualTo("1");
        assertThat(article.select("[data-testid=comment-held]")).isEmpty();

        MockHttpServletResponse authorsView = mvc.perform(get(held.getPath())).andExpect(status().isOk()).andReturn().getResponse();
        Document forAuthor = Jsoup.parse(authorsView.getContentAsString());
        assertThat(forAuthor.select("[data-testid=comment-held]").text()).contains(typed).contains("Reader");
        assertThat(forAuthor.select("[data-testid=comment-held]").attr("id")).isEqualTo("comment-held");
        assertThat(forAuthor.select("main h1").text()).isEqualTo("Title of held-link");
        assertThat(forAuthor.select("[data-testid=comment-count]").text()).isEqualTo("1");
        assertThat(authorsView.getHeader("Cache-Control")).contains("no-store");
        assertThat(forAuthor.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(HtmlValidator.errors(authorsView.getContentAsString())).as("the held notice").isEmpty();

        String key = held.getPath().substring(held.getPath().lastIndexOf('/') + 1);
        // One character changed; never to itself, which a key starting with '0' would make of a fixed "0".
        String guessed = held.getPath().substring(0, held.getPath().lastIndexOf('/') + 1)
                + (key.charAt(0) == '0' ? "1" : "0") + key.substring(1);
        assertThat(Html.of(mvc.perform(get(guessed))).select("[data-testid=comment-held]")).isEmpty();
        TestArticles.create(mvc, "held-elsewhere");
        assertThat(Html.of(mvc.perform(get(held.getPath().replace("/held-link/", "/held-elsewhere/"))))
                .select("[data-testid=comment-held]")).isEmpty();

        long id = idOf(typed);
        Document queue = Html.of(mvc.perform(get("/admin/comments").with(Admin.admin())).andExpect(status().isOk()));
        assertThat(queue.select("li[data-testid=admin-comment]").first().id()).isEqualTo("comment-" + id);
        assertThat(queue.selectFirst("li#comment-" + id).text()).contains("Held");

        moderate(post("/admin/comments/{id}/visibility", id).param("hidden", "false")).andExpectSeeOther();

        Document approved = Html.of(mvc.perform(get("/articles/held-link")));
        assertThat(approved.select("li#comment-" + id).text()).contains(typed);
        assertThat(approved.select("[data-testid=comment-count]").text()).isEqualTo("2");
        assertThat(mvc.perform(get(held.getPath())).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/articles/held-link#comment-" + id);
    }

    @Test
    void whatCountsAsALink() throws Exception {
        TestArticles.create(mvc, "link-rule");
        List<String> plainText = List.of(
                "Django 6.0 and Flask 3.1 differ here, e.g. in the admin.",
                "Put it in settings.py, then call logger.info() and admin.site.register(Book).",
                "ASP.NET and Node.js do it differently, i.e. not at all.",
                "Version 3.11.2 fixed it; see section 4.2 of the docs.");
        List<String> links = List.of(
                "Details on www.example.org",
                "Open http://localhost:8000/admin and log in",
                "Visit cheap-pills.com today",
                "Write to ada@example.net for a quote",
                "HTTPS://EXAMPLE.COM/PROMO");
        for (String body : plainText) {
            assertThat(URI.create(postComment("link-rule", body)).getFragment()).as(body).startsWith("comment-").isNotEqualTo("comment-held");
        }
        for (String body : links) {
            assertThat(URI.create(postComment("link-rule", body)).getFragment()).as(body).isEqualTo("comment-held");
        }
    }

    @Test
    void moderatorsApproveHideAndDeleteInBulkAndDeletingAsksFirst() throws Exception {
        TestArticles.create(mvc, "bulk-moderated");
        postComment("bulk-moderated", "First one at www.first.com");
        postComment("bulk-moderated", "Second one at www.second.com");
        postComment("bulk-moderated", "Third one at www.third.com");
        long first = idOf("First one at www.first.com");
        long second = idOf("Second one at www.second.com");
        long third = idOf("Third one at www.third.com");

        moderate(post("/admin/comments/bulk").param("action", "approve")
                .param("ids", Long.toString(first), Long.toString(second))).andExpectSeeOther();
        assertThat(Html.of(mvc.perform(get("/articles/bulk-moderated"))).select("[data-testid=comment-count]").text()).isEqualTo("2");

        moderate(post("/admin/comments/bulk").param("action", "hide").param("ids", Long.toString(first))).andExpectSeeOther();
        assertThat(Html.of(mvc.perform(get("/articles/bulk-moderated"))).select("[data-testid=comment-count]").text()).isEqualTo("1");

        MockHttpServletResponse asked = moderate(post("/admin/comments/bulk").param("action", "delete")
                .param("ids", Long.toString(second), Long.toString(third))).response();
        assertThat(asked.getStatus()).isEqualTo(200);
        Document confirm = Jsoup.parse(asked.getContentAsString());
        assertThat(confirm.select("main").text()).contains("Second one at www.second.com").contains("Third one at www.third.com");
        assertThat(confirm.select("form[method=post] input[name=ids]").eachAttr("value"))
                .containsExactlyInAnyOrder(Long.toString(second), Long.toString(third));
        assertThat(HtmlValidator.errors(asked.getContentAsString())).as("the confirmation page").isEmpty();
        assertThat(countOf(second, third)).isEqualTo(2);

        moderate(post("/admin/comments/bulk").param("action", "delete").param("confirmed", "true")
                .param("ids", Long.toString(second), Long.toString(third))).andExpectSeeOther();
        assertThat(countOf(second, third)).isZero();
        assertThat(Html.of(mvc.perform(get("/articles/bulk-moderated"))).select("[data-testid=comment-count]").text()).isEqualTo("0");

        Moderation nothingChosen = moderate(post("/admin/comments/bulk").param("action", "approve"));
        assertThat(nothingChosen.response().getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(nothingChosen.response().getContentAsString()).select("#bulk-error").text()).isNotBlank();
    }

    @Test
    void deletingOneCommentAsksFirst() throws Exception {
        TestArticles.create(mvc, "single-delete");
        postComment("single-delete", "Delete me after asking.");
        long id = idOf("Delete me after asking.");

        Document queue = Html.of(mvc.perform(get("/admin/comments").with(Admin.admin())));
        assertThat(queue.select("li#comment-" + id + " a[href=/admin/comments/" + id + "/delete]")).hasSize(1);
        Document confirm = Html.of(mvc.perform(get("/admin/comments/{id}/delete", id).with(Admin.admin())).andExpect(status().isOk()));
        assertThat(confirm.select("main").text()).contains("Delete me after asking.");
        assertThat(confirm.select("form[method=post][action=/admin/comments/" + id + "/delete] button")).hasSize(1);
        assertThat(countOf(id)).isEqualTo(1);

        moderate(post("/admin/comments/{id}/delete", id)).andExpectSeeOther();
        assertThat(countOf(id)).isZero();
    }

    @Test
    void theQueueFiltersSearchesAndPagesPastTwoHundred() throws Exception {
        long articleId = TestArticles.create(mvc, "busy-thread");
        jdbc.batchUpdate("INSERT INTO comment (article_id, author_name, body, created_at) VALUES (?, 'Crowd', ?, CURRENT_TIMESTAMP)",
                IntStream.rangeClosed(1, 230)
                        .mapToObj(i -> new Object[] {articleId, "Crowd comment number " + i}).toList());
        postComment("busy-thread", "Held in the crowd: www.crowd.com");

        Document first = Html.of(mvc.perform(get("/admin/comments").param("article", "busy-thread").with(Admin.admin())));
        assertThat(first.select("li[data-testid=admin-comment]")).hasSize(25);
        assertThat(first.select("li[data-testid=admin-comment]").first().text()).contains("Held in the crowd");
        String last = first.select("nav[aria-label] a").eachAttr("href").stream().filter(href -> href.contains("page=10"))
                .findFirst().orElseThrow();
        assertThat(last).contains("article=busy-thread");
        Document lastPage = Html.of(mvc.perform(get(last).with(Admin.admin())));
        assertThat(lastPage.select("li[data-testid=admin-comment]")).hasSize(231 - 9 * 25);

        Document held = Html.of(mvc.perform(get("/admin/comments").param("article", "busy-thread").param("state", "held")
                .with(Admin.admin())));
        assertThat(held.select("li[data-testid=admin-comment]")).hasSize(1);
        Document searched = Html.of(mvc.perform(get("/admin/comments").param("q", "comment number 117").with(Admin.admin())));
        assertThat(searched.select("li[data-testid=admin-comment] .comment-body").eachText())
                .containsExactly("Crowd comment number 117");
        Document visible = Html.of(mvc.perform(get("/admin/comments").param("state", "visible").param("q", "Held in the crowd")
                .with(Admin.admin())));
        assertThat(visible.select("li[data-testid=admin-comment]")).isEmpty();
    }

    private String postComment(String slug, String body) throws Exception {
        return mvc.perform(post("/articles/{slug}/comments", slug).with(PageToken.from(mvc, "/articles/" + slug))
                        .with(Clients.fresh()).param("name", "Reader").param("body", body))
                .andExpect(status().isSeeOther())
                .andReturn().getResponse().getRedirectedUrl();
    }

    private long idOf(String body) {
        return jdbc.queryForObject("SELECT id FROM comment WHERE body = ?", Long.class, body);
    }

    private long countOf(long... ids) {
        return Arrays.stream(ids)
                .map(id -> jdbc.queryForObject("SELECT COUNT(*) FROM comment WHERE id = ?", Long.class, id)).sum();
    }

    private Moderation moderate(MockHttpServletRequestBuilder request) throws Exception {
        return new Moderation(mvc.perform(request.with(TestArticles.asAdminWithToken(mvc))).andReturn().getResponse());
    }

    private record Moderation(MockHttpServletResponse response) {

        void andExpectSeeOther() {
            assertThat(response.getStatus()).isEqualTo(303);
        }
    }
}
