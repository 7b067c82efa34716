package com.frameworkfork.article;

import java.util.List;
import java.util.Map;

import com.frameworkfork.content.ContentFiles;
import com.frameworkfork.content.ContentImporter;
import com.frameworkfork.support.Admin;
import com.frameworkfork.support.Clients;
import com.frameworkfork.support.Html;
import com.frameworkfork.support.HtmlValidator;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.TestArticles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * It deletes a shipped article and adds a table, so its context is not handed on to other tests. A
 * stand-in for another feature reports links to every article whose slug starts with "linked-".
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
@Import(ArticleDeletionTest.LinkedFromTheQuiz.class)
class ArticleDeletionTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class LinkedFromTheQuiz {

        @Bean
        ArticleReferences quizQuestions(JdbcTemplate jdbc) {
            return articleId -> jdbc.queryForObject("SELECT slug FROM article WHERE id = ?", String.class, articleId)
                    .startsWith("linked-") ? List.of("the quiz question Do you need an admin?") : List.of();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ContentImporter importer;

    @Test
    void deletingAsksFirstThenTheAddressAnswersGoneWithWaysOn() throws Exception {
        long id = TestArticles.create(mvc, "doomed");
        mvc.perform(post("/articles/doomed/comments").with(PageToken.from(mvc, "/articles/doomed")).with(Clients.fresh())
                .param("name", "Reader").param("body", "Goes with it.")).andExpect(status().isSeeOther());
        mvc.perform(post("/articles/doomed/hearts").with(PageToken.from(mvc, "/articles/doomed")).with(Clients.fresh()))
                .andExpect(status().isSeeOther());

        String confirmPage = mvc.perform(get("/admin/articles/{id}/delete", id).with(Admin.admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document confirm = Jsoup.parse(confirmPage);
        assertThat(confirm.select("main").text()).contains("Title of doomed");
        assertThat(confirm.select("form[method=post][action=/admin/articles/" + id + "/delete] button")).hasSize(1);
        assertThat(HtmlValidator.errors(confirmPage)).as("the confirmation page").isEmpty();
        mvc.perform(get("/articles/doomed")).andExpect(status().isOk());

        String location = TestArticles.submit(mvc, "/admin/articles/" + id + "/delete", Map.of())
                .andExpect(status().isSeeOther()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/admin/articles");

        String gonePage = mvc.perform(get("/articles/doomed")).andExpect(status().isGone())
                .andReturn().getResponse().getContentAsString();
        Document gone = Jsoup.parse(gonePage);
        assertThat(gone.select("main").text()).contains("Title of doomed");
        assertThat(gone.select("main a").eachAttr("href")).contains("/articles", "/decide", "/compare/django-vs-flask");
        assertThat(gone.select("header nav a[href=/articles]")).isNotEmpty();
        assertThat(HtmlValidator.errors(gonePage)).as("the gone page").isEmpty();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM comment WHERE article_id = ?", Long.class, id)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM article_heart WHERE article_id = ?", Long.class, id)).isZero();
        assertThat(mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString()).doesNotContain("/articles/doomed");
        assertThat(Html.of(mvc.perform(get("/admin/articles").with(Admin.admin()))).select("tr[data-slug=doomed]")).isEmpty();
        mvc.perform(get("/articles/never-was")).andExpect(status().isNotFound());
        mvc.perform(post("/articles/doomed/comments").with(PageToken.from(mvc, "/articles/django-or-flask-decision-guide")).with(Clients.fresh())
                .param("name", "Reader").param("body", "Too late.")).andExpect(status().is4xxClientError());
    }

    @Test
    void aDeletedSlugCanBeUsedAgainAndThenAnswersWithTheNewArticle() throws Exception {
        long first = TestArticles.create(mvc, "born-again");
        TestArticles.submit(mvc, "/admin/articles/" + first + "/delete", Map.of()).andExpect(status().isSeeOther());
        mvc.perform(get("/articles/born-again")).andExpect(status().isGone());

        Map<String, String> second = TestArticles.fields("born-again");
        second.put("title", "The second life");
        TestArticles.create(mvc, second);

        assertThat(Html.of(mvc.perform(get("/articles/born-again")).andExpect(status().isOk())).select("h1").text())
                .isEqualTo("The second life");
    }

    @Test
    void aDeletedShippedArticleStaysGoneWhenTheContentFilesAreImportedAgain() throws Exception {
        long id = jdbc.queryForObject("SELECT id FROM article WHERE slug = 'who-uses-django-and-flask'", Long.class);
        TestArticles.submit(mvc, "/admin/articles/" + id + "/delete", Map.of()).andExpect(status().isSeeOther());

        ContentImporter.Report again = importer.importFiles(ContentFiles.shipped());

        assertThat(again.written()).isZero();
        mvc.perform(get("/articles/who-uses-django-and-flask")).andExpect(status().isGone());
    }

    @Test
    void anArticleAnotherFeatureLinksToIsNotDeletedAndTheEditorIsToldWhere() throws Exception {
        long id = TestArticles.create(mvc, "linked-from-the-quiz");

        Document confirm = Html.of(mvc.perform(get("/admin/articles/{id}/delete", id).with(Admin.admin()))
                .andExpect(status().isOk()));
        assertThat(confirm.select("[data-testid=delete-refused]").text()).contains("the quiz question Do you need an admin?");
        assertThat(confirm.select("form[action=/admin/articles/" + id + "/delete]")).isEmpty();

        Document refused = Html.of(TestArticles.submit(mvc, "/admin/articles/" + id + "/delete", Map.of())
                .andExpect(status().isUnprocessableContent()));
        assertThat(refused.select("[data-testid=delete-refused]").text()).contains("the quiz question Do you need an admin?");
        mvc.perform(get("/articles/linked-from-the-quiz")).andExpect(status().isOk());
    }

    @Test
    void aLinkTheDatabaseKeepsButNoFeatureReportedStillStopsTheDeletionWithAWordedAnswer() throws Exception {
        long id = TestArticles.create(mvc, "held-by-a-key");
        jdbc.execute("CREATE TABLE unreported_link (article_id BIGINT NOT NULL REFERENCES article (id))");
        try {
            jdbc.update("INSERT INTO unreported_link (article_id) VALUES (?)", id);

            Document refused = Html.of(TestArticles.submit(mvc, "/admin/articles/" + id + "/delete", Map.of())
                    .andExpect(status().isUnprocessableContent()));

            assertThat(refused.select("[data-testid=delete-refused]").text()).isNotBlank();
            mvc.perform(get("/articles/held-by-a-key")).andExpect(status().isOk());
        } finally {
            jdbc.execute("DROP TABLE unreported_link");
        }
    }

    @Test
    void aReaderCannotDeleteAndAnUnknownArticleIsNotFound() throws Exception {
        long id = TestArticles.create(mvc, "kept-safe");
        mvc.perform(post("/admin/articles/{id}/delete", id).with(PageToken.from(mvc, "/articles/kept-safe")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/articles/kept-safe")).andExpect(status().isOk());
        TestArticles.submit(mvc, "/admin/articles/999999/delete", Map.of()).andExpect(status().isNotFound());
    }
}
