package com.frameworkfork.site;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.servlet.http.Cookie;

import com.frameworkfork.support.Admin;
import com.frameworkfork.support.Clients;
import com.frameworkfork.support.OnPostgres;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.TestArticles;
import com.frameworkfork.web.VisitorCookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every migration and every feature's queries on a real PostgreSQL server, through the pages and the API that use them. */
class PostgresSiteTest extends OnPostgres {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcTemplate jdbc;

    private RequestPostProcessor token;

    @BeforeEach
    void takeAReadersToken() throws Exception {
        token = PageToken.reader(mvc);
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void runsOnPostgresWithEveryMigrationApplied() {
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE success = FALSE", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history", Integer.class)).isPositive();
    }

    @Test
    void articlesCategoriesAndSearch() throws Exception {
        TestArticles.create(mvc, "on-postgres", "Searched on PostgreSQL", "A summary.", "## Section\n\nThe word Werkzeug.");

        assertThat(page("/").select(".card-title")).isNotEmpty();
        assertThat(page("/articles?category=guides").select(".card-title").eachText()).contains("Searched on PostgreSQL");
        assertThat(page("/articles/on-postgres").select("[data-testid=source]")).isNotEmpty();
        assertThat(page("/search?q=Werkzeug").select(".search-hit mark")).isNotEmpty();
    }

    @Test
    void viewsAndHeartsAreCountedExactlyUnderConcurrency() throws Exception {
        TestArticles.create(mvc, "counted-on-postgres");
        String sameVisitor = UUID.randomUUID().toString();
        List<Callable<Integer>> work = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            work.add(() -> mvc.perform(get("/articles/counted-on-postgres")).andReturn().getResponse().getStatus());
            work.add(() -> heart(UUID.randomUUID().toString()));
        }
        for (int i = 0; i < 20; i++) {
            work.add(() -> heart(sameVisitor));
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            for (var result : pool.invokeAll(work)) {
                assertThat(result.get()).isIn(200, 303);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(jdbc.queryForObject("SELECT heart_count FROM article WHERE slug = 'counted-on-postgres'", Long.class))
                .as("sixty visitors and one more from twenty tabs at once").isEqualTo(61);
        // Views are counted in memory and written a moment later.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                jdbc.queryForObject("SELECT view_count FROM article WHERE slug = 'counted-on-postgres'", Long.class))
                .isEqualTo(60));
    }

    private int heart(String visitor) throws Exception {
        return mvc.perform(post("/articles/counted-on-postgres/hearts").with(token).with(Clients.fresh())
                .cookie(new Cookie(VisitorCookie.NAME, visitor))).andReturn().getResponse().getStatus();
    }

    @Test
    void theComparisonPageLoadsEverySection() throws Exception {
        Document comparison = page("/compare/django-vs-flask");

        assertThat(comparison.select("section.compare-section")).hasSize(jdbc.queryForObject(
                "SELECT COUNT(*) FROM comparison_section s JOIN comparison c ON c.id = s.comparison_id "
                        + "WHERE c.slug = 'django-vs-flask'", Integer.class));
        assertThat(comparison.select("[data-testid=disagreement]")).hasSize(jdbc.queryForObject(
                "SELECT COUNT(*) FROM disagreement", Integer.class));
    }

    @Test
    void commentsAreStoredCountedAndShown() throws Exception {
        TestArticles.create(mvc, "commented-on-postgres");
        mvc.perform(post("/articles/commented-on-postgres/comments").with(token).with(Clients.fresh())
                        .param("name", "Postgres reader").param("body", "Stored in PostgreSQL."))
                .andExpect(status().isSeeOther());

        Document article = page("/articles/commented-on-postgres");
        assertThat(article.select("[data-testid=comment-count]").text()).isEqualTo("1");
        assertThat(article.text()).contains("Stored in PostgreSQL.");
    }

    @Test
    void verdictsAreStoredAndCounted() throws Exception {
        String created = mvc.perform(post("/api/v1/verdicts").contentType(MediaType.APPLICATION_JSON).content(
                        "{\"answers\":{\"api\":\"yes\",\"admin\":\"no\",\"solo\":\"yes\",\"team\":\"no\",\"growth\":\"no\",\"learning\":\"yes\"}}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String url = created.replaceAll("(?s).*\"url\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        String recommendation = created.replaceAll("(?s).*\"recommendation\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        assertThat(page(url).select("[data-testid=recommendation]").attr("data-recommendation")).isEqualTo(recommendation);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM decision_verdict WHERE id = ?", Integer.class,
                url.substring(url.lastIndexOf('/') + 1))).isOne();
    }

    @Test
    void aQuizFinishedTwiceWithOtherAnswersCountsOnce() throws Exception {
        String firstQuestion = mvc.perform(post("/decide").with(token)).andExpect(status().isSeeOther())
                .andReturn().getResponse().getHeader("Location");
        String quiz = firstQuestion.substring(0, firstQuestion.lastIndexOf('/'));
        for (String key : new String[] {"api", "admin", "solo", "team", "growth"}) {
            mvc.perform(post(quiz + "/" + key).with(token).param("answer", "no")).andExpect(status().isSeeOther());
        }
        String first = finish(quiz, "yes");
        long total = verdictTotal();
        String second = finish(quiz, "no");

        assertThat(second).isNotEqualTo(first);
        assertThat(verdictTotal()).isEqualTo(total);
        assertThat(page(first).select("[data-testid=recommendation]")).hasSize(1);
        assertThat(page(second).select("[data-testid=recommendation]")).hasSize(1);
    }

    /** Answers the last question, and the tie-break ("not sure") when the answers leave a close call. */
    private String finish(String quiz, String lastAnswer) throws Exception {
        String next = mvc.perform(post(quiz + "/learning").with(token).param("answer", lastAnswer))
                .andExpect(status().isSeeOther()).andReturn().getResponse().getHeader("Location");
        return next.startsWith("/verdict/") ? next : mvc.perform(post(next).with(token).param("answer", "unsure"))
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
        Map<String, String> edited = TestArticles.fields("postgres-history");
        edited.put("title", "Postgres history");
        edited.put("summary", "A summary.");
        edited.put("bodyMarkdown", "Written again.");
        TestArticles.submit(mvc, "/admin/articles/" + id, edited).andExpect(status().isSeeOther());

        Document history = Jsoup.parse(mvc.perform(get("/admin/history/article/" + id).with(Admin.admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(history.select("[data-testid=history-entry]")).hasSize(2);
        String restore = history.select("[data-testid=restore-link]").attr("href");
        mvc.perform(post(restore).with(PageToken.asAdmin(mvc))).andExpect(status().is3xxRedirection());

        assertThat(page("/articles/postgres-history").text()).contains("Written first.").doesNotContain("Written again.");
        Document found = Jsoup.parse(mvc.perform(get("/admin/history").param("q", "postgres history")
                        .param("person", Admin.USERNAME).param("kind", "article").param("sort", "oldest").with(Admin.admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(found.select("[data-testid=history-action]").eachText()).containsExactly("created", "changed", "restored");
    }

    @Test
    void theDashboardCountsActivityPerDayAndTheAnswerSplit() throws Exception {
        String article = "/articles/ecosystem-community-and-learning-curve";
        page(article);
        mvc.perform(post(article + "/hearts").with(token).with(Clients.fresh())).andExpect(status().isSeeOther());
        mvc.perform(post(article + "/comments").with(token).with(Clients.fresh()).param("name", "Daily reader").param("body", "Counted today."))
                .andExpect(status().isSeeOther());
        mvc.perform(post("/api/v1/verdicts").contentType(MediaType.APPLICATION_JSON).content(
                        "{\"answers\":{\"api\":\"no\",\"admin\":\"yes\",\"solo\":\"no\",\"team\":\"yes\",\"growth\":\"yes\",\"learning\":\"no\"}}"))
                .andExpect(status().isCreated());

        Document dashboard = Jsoup.parse(mvc.perform(get("/admin").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        for (String kind : new String[] {"views", "hearts", "comments", "verdicts"}) {
            long lastThirtyDays = dashboard.select("[data-testid=daily-" + kind + "] [data-testid=daily-figures] tbody td")
                    .stream().mapToLong(td -> Long.parseLong(td.text().replace(",", ""))).sum();
            assertThat(lastThirtyDays).as(kind).isPositive();
        }
        assertThat(dashboard.selectFirst("[data-question=admin] li[data-answer=yes] [data-testid=answer-count]").text())
                .isNotEqualTo("0");
    }
}
