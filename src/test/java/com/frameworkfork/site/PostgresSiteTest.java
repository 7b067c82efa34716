package com.frameworkfork.site;

import com.frameworkfork.support.Admin;
import com.frameworkfork.support.EmbeddedPostgres;
import com.frameworkfork.support.PostgresTest;
import com.frameworkfork.support.TestArticles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every feature's queries on a real PostgreSQL server, through the pages and the API that use them. */
@SpringBootTest(properties = "site.page-cache.enabled=false")
@AutoConfigureMockMvc
class PostgresSiteTest {

    @BeforeAll
    static void requirePostgres() {
        EmbeddedPostgres.assumeAvailable();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTest.register(registry);
    }

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcTemplate jdbc;

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void articlesCategoriesAndSearch() throws Exception {
        assertThat(page("/").select(".card-title")).isNotEmpty();
        assertThat(page("/articles?category=performance").select(".card-title")).isNotEmpty();
        assertThat(page("/search?q=Werkzeug").select(".search-hit mark")).isNotEmpty();
    }

    @Test
    void theComparisonPageLoadsEverySection() throws Exception {
        Document comparison = page("/compare/django-vs-flask");

        assertThat(comparison.select("section[id=admin-and-auth]")).hasSize(1);
        assertThat(comparison.select("[data-testid=disagreement]")).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void commentsAreStoredCountedAndShown() throws Exception {
        mvc.perform(post("/articles/what-each-framework-gives-you/comments").with(csrf())
                        .param("name", "Postgres reader").param("body", "Stored in PostgreSQL."))
                .andExpect(status().isSeeOther());

        Document article = page("/articles/what-each-framework-gives-you");
        assertThat(article.select("[data-testid=comment-count]").text()).isEqualTo("1");
        assertThat(article.text()).contains("Stored in PostgreSQL.");
    }

    @Test
    void verdictsAreStoredAndCounted() throws Exception {
        String created = mvc.perform(post("/api/v1/verdicts").contentType(MediaType.APPLICATION_JSON).content(
                        "{\"answers\":{\"api\":\"yes\",\"admin\":\"no\",\"solo\":\"yes\",\"team\":\"no\",\"growth\":\"no\",\"learning\":\"yes\"}}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String url = created.replaceAll("(?s).*\"url\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        assertThat(page(url).select("[data-testid=recommendation]").attr("data-recommendation")).isEqualTo("FLASK");
        assertThat(mvc.perform(get("/api/v1/verdicts/stats")).andReturn().getResponse().getContentAsString())
                .contains("\"flask\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM decision_verdict", Integer.class)).isPositive();
    }

    @Test
    void aQuizFinishedTwiceWithOtherAnswersCountsOnce() throws Exception {
        String firstQuestion = mvc.perform(post("/decide").with(csrf())).andExpect(status().isSeeOther())
                .andReturn().getResponse().getHeader("Location");
        String quiz = firstQuestion.substring(0, firstQuestion.lastIndexOf('/'));
        for (String key : new String[] {"api", "admin", "solo", "team", "growth"}) {
            mvc.perform(post(quiz + "/" + key).with(csrf()).param("answer", "no")).andExpect(status().isSeeOther());
        }
        String first = finish(quiz, "yes");
        long total = verdictTotal();
        String second = finish(quiz, "no");

        assertThat(second).isNotEqualTo(first);
        assertThat(verdictTotal()).isEqualTo(total);
        assertThat(page(first).select("[data-testid=recommendation]").attr("data-recommendation")).isEqualTo("FLASK");
        assertThat(page(second).select("[data-testid=recommendation]").attr("data-recommendation")).isEqualTo("EITHER");
    }

    private String finish(String quiz, String lastAnswer) throws Exception {
        return mvc.perform(post(quiz + "/learning").with(csrf()).param("answer", lastAnswer))
                .andExpect(status().isSeeOther()).andReturn().getResponse().getHeader("Location");
    }

    private long verdictTotal() throws Exception {
        String stats = mvc.perform(get("/api/v1/verdicts/stats")).andReturn().getResponse().getContentAsString();
        return Long.parseLong(stats.replaceAll("(?s).*\"total\"\\s*:\\s*(\\d+).*", "$1"));
    }

    @Test
    void theBackOfficeReadsItsFigures() throws Exception {
        Document dashboard = Jsoup.parse(mvc.perform(get("/admin").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(dashboard.select("[data-testid=total-articles]").text()).isNotEqualTo("0");
        assertThat(dashboard.select("[data-testid=most-read]")).isNotEmpty();
    }

    @Test
    void anArticlesHistoryIsRecordedSearchedAndRestored() throws Exception {
        long id = TestArticles.create(mvc, "postgres-history", "Postgres history", "A summary.", "Written first.");
        mvc.perform(post("/admin/articles/" + id).with(Admin.admin()).with(csrf())
                        .param("slug", "postgres-history").param("title", "Postgres history").param("summary", "A summary.")
                        .param("categorySlug", "guides").param("publishedOn", "2026-06-03").param("bodyMarkdown", "Written again.")
                        .param("sourceCodes", "S1").param("published", "true"))
                .andExpect(status().isSeeOther());

        Document history = Jsoup.parse(mvc.perform(get("/admin/history/article/" + id).with(Admin.admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(history.select("[data-testid=history-entry]")).hasSize(2);
        String restore = history.select("[data-testid=restore-link]").attr("href");
        mvc.perform(post(restore).with(Admin.admin()).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(page("/articles/postgres-history").text()).contains("Written first.").doesNotContain("Written again.");
        Document found = Jsoup.parse(mvc.perform(get("/admin/history").param("q", "postgres history")
                        .param("person", Admin.USERNAME).param("kind", "article").param("sort", "oldest").with(Admin.admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(found.select("[data-testid=history-action]").eachText()).containsExactly("created", "changed", "restored");
    }
}
