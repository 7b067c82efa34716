package com.frameworkfork.article;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ArticlePagesTest {

    private static final String GUIDE = "/articles/django-or-flask-decision-guide";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ViewCounter viewCounter;

    @Autowired
    private ApplicationEventPublisher events;

    private Document page(String url) throws Exception {
        String html = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private long views(String slug) {
        viewCounter.flush();
        return jdbc.queryForObject("SELECT view_count FROM article WHERE slug = ?", Long.class, slug);
    }

    @Test
    void homeLeadsToTheQuizTheComparisonAndTheNewestArticles() throws Exception {
        Document home = page("/");

        assertThat(home.select("h1")).hasSize(1);
        assertThat(home.select("main a[href=/decide]")).isNotEmpty();
        assertThat(home.select("main a[href=/compare/django-vs-flask]")).isNotEmpty();
        assertThat(home.select("main a[href=/articles]")).isNotEmpty();
        String newest = jdbc.queryForObject(
                "SELECT title FROM article WHERE published = TRUE ORDER BY publish_at DESC, id DESC LIMIT 1", String.class);
        assertThat(home.select(".card-title").first().text()).isEqualTo(newest);
    }

    @Test
    void articleListShowsEveryPublishedArticleNewestFirst() throws Exception {
        Document list = page("/articles");

        List<String> titles = list.select(".card-title").eachText();
        List<String> expected = jdbc.queryForList(
                "SELECT title FROM article WHERE published = TRUE ORDER BY publish_at DESC, id DESC", String.class);
        assertThat(titles).isEqualTo(expected);
        assertThat(list.select(".card").first().text()).containsPattern("\\w+ 2026").contains("min read");
    }

    @Test
    void articleListFiltersByCategory() throws Exception {
        Document security = page("/articles?category=security");

        assertThat(security.select("h1").text()).isEqualTo("Security");
        assertThat(security.select(".card .category").eachText()).isNotEmpty().allMatch("Security"::equals);
        assertThat(security.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080/articles?category=security");
    }

    @Test
    void unknownCategoryIsNotFound() throws Exception {
        mvc.perform(get("/articles?category=astrology")).andExpect(status().isNotFound());
    }

    @Test
    void articlePageShowsTheHeaderBodySourcesAndCounters() throws Exception {
        Document article = page(GUIDE);

        assertThat(article.select("h1")).hasSize(1);
        assertThat(article.select("h1").text()).startsWith("Django or Flask?");
        assertThat(article.select(".article-header .category").text()).isEqualTo("Guides");
        assertThat(article.select(".article-header time").text()).isEqualTo("November 2026");
        assertThat(article.select(".article-header").text()).containsPattern("\\d+ min read");
        assertThat(article.select("[data-testid=view-count]").text()).matches("[\\d,]+");
        assertThat(article.select("[data-testid=heart-count]").text()).matches("[\\d,]+");
        assertThat(article.select(".prose h2")).isNotEmpty();
        assertThat(article.select("[data-testid=source]").eachText()).anyMatch(s -> s.startsWith("S1"));
        Element heartForm = article.selectFirst("form[action=/articles/django-or-flask-decision-guide/hearts]");
        assertThat(heartForm).isNotNull();
        assertThat(heartForm.attr("method")).isEqualTo("post");
        assertThat(heartForm.select("input[name=_csrf]")).hasSize(1);
        assertThat(article.select(".article-nav a")).isNotEmpty();
    }

    @Test
    void articleHtmlWasRenderedOnceAtStartUp() {
        Integer unrendered = jdbc.queryForObject(
                "SELECT COUNT(*) FROM article WHERE body_html IS NULL OR reading_minutes IS NULL", Integer.class);

        assertThat(unrendered).isZero();
    }

    @Test
    void eachGetCountsOneViewAndThePageShowsIt() throws Exception {
        String slug = "security-defaults-compared";
        events.publishEvent(new ArticleHearted(slug));
        long before = views(slug);

        Document article = page("/articles/" + slug);

        assertThat(article.select("[data-testid=view-count]").text().replace(",", "")).isEqualTo(String.valueOf(before + 1));
        assertThat(views(slug)).isEqualTo(before + 1);
    }

    @Test
    void readersServedTheKeptPageAreCountedToo() throws Exception {
        String slug = "who-uses-django-and-flask";
        page("/articles/" + slug);
        long before = views(slug);

        page("/articles/" + slug);
        page("/articles/" + slug);
        mvc.perform(get("/articles/" + slug).header("User-Agent", "ExampleBot/2.0")).andExpect(status().isOk());

        assertThat(views(slug)).isEqualTo(before + 2);
    }

    @Test
    void headRequestsAndRobotsAreNotCounted() throws Exception {
        String slug = "what-each-framework-gives-you";
        long before = views(slug);

        mvc.perform(head("/articles/" + slug)).andExpect(status().isOk());
        mvc.perform(get("/articles/" + slug).header("User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1)"))
                .andExpect(status().isOk());
        mvc.perform(get("/articles/" + slug).header("User-Agent", "SomeCrawler/1.0")).andExpect(status().isOk());
        mvc.perform(get("/articles/" + slug).header("User-Agent", "friendly-Spider")).andExpect(status().isOk());

        assertThat(views(slug)).isEqualTo(before);
    }

    @Test
    void unpublishedArticlesAreNotShown() throws Exception {
        jdbc.update("UPDATE article SET published = FALSE WHERE slug = 'moving-between-django-and-flask'");
        events.publishEvent(new ArticlesChanged("moving-between-django-and-flask"));
        try {
            mvc.perform(get("/articles/moving-between-django-and-flask")).andExpect(status().isNotFound());
            assertThat(page("/articles").select(".card-title").eachText())
                    .noneMatch(t -> t.startsWith("Moving Between"));
        } finally {
            jdbc.update("UPDATE article SET published = TRUE WHERE slug = 'moving-between-django-and-flask'");
            events.publishEvent(new ArticlesChanged("moving-between-django-and-flask"));
        }
    }

    @Test
    void healthAnswersUpAndNothingElseOfActuatorIsOpen() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\"}", org.springframework.test.json.JsonCompareMode.STRICT));
        int env = mvc.perform(get("/actuator/env")).andReturn().getResponse().getStatus();
        int beans = mvc.perform(get("/actuator/beans")).andReturn().getResponse().getStatus();
        assertThat(env).isNotEqualTo(200);
        assertThat(beans).isNotEqualTo(200);
    }
}
