package com.frameworkfork.article;

import java.util.List;
import java.util.Map;

import com.frameworkfork.support.SiteTest;
import com.frameworkfork.support.TestArticles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The reader's article pages, checked against what the database holds rather than against copied text. */
@SiteTest
class ArticlePagesTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ViewCounter viewCounter;

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
        assertThat(home.select("main a[href^=/compare/]")).isNotEmpty();
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
        assertThat(list.select(".card")).allSatisfy(card -> {
            assertThat(card.select("time[datetime]")).hasSize(1);
            assertThat(card.text()).containsPattern("\\d+ min read");
        });
    }

    @Test
    void articleListFiltersByCategory() throws Exception {
        Map<String, Object> category = jdbc.queryForMap("SELECT c.slug, c.name FROM category c "
                + "WHERE EXISTS (SELECT 1 FROM article a WHERE a.category_id = c.id AND a.published = TRUE) ORDER BY c.id LIMIT 1");

        Document listed = page("/articles?category=" + category.get("slug"));

        assertThat(listed.select("h1").text()).isEqualTo(category.get("name"));
        assertThat(listed.select(".card .category").eachText()).isNotEmpty().allMatch(category.get("name")::equals);
        assertThat(listed.select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://frameworkfork.example/articles?category=" + category.get("slug"));
    }

    @Test
    void unknownCategoryIsNotFound() throws Exception {
        mvc.perform(get("/articles?category=astrology")).andExpect(status().isNotFound());
    }

    @Test
    void articlePageShowsTheHeaderBodySourcesAndCounters() throws Exception {
        TestArticles.create(mvc, "article-page-parts");
        Document article = page("/articles/article-page-parts");

        assertThat(article.select("h1")).hasSize(1);
        assertThat(article.select("h1").text()).isEqualTo("Title of article-page-parts");
        assertThat(article.select(".article-header .category").text())
                .isEqualTo(jdbc.queryForObject("SELECT name FROM category WHERE slug = 'guides'", String.class));
        assertThat(article.select(".article-header time").attr("datetime")).isEqualTo("2026-06-03");
        assertThat(article.select(".article-header time").text()).isEqualTo("June 2026");
        assertThat(article.select(".article-header").text()).containsPattern("\\d+ min read");
        assertThat(article.select("[data-testid=view-count]").text()).matches("[\\d,]+");
        assertThat(article.select("[data-testid=heart-count]").text()).matches("[\\d,]+");
        assertThat(article.select(".prose h2").text()).isEqualTo("Section");
        assertThat(article.select("[data-testid=source]").eachText()).singleElement().asString().startsWith("S1");
        Element heartForm = article.selectFirst("form[action=/articles/article-page-parts/hearts]");
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
        TestArticles.create(mvc, "counted-views");
        long before = views("counted-views");

        Document article = page("/articles/counted-views");

        assertThat(article.select("[data-testid=view-count]").text().replace(",", "")).isEqualTo(String.valueOf(before + 1));
        assertThat(views("counted-views")).isEqualTo(before + 1);
    }

    @Test
    void readersServedTheKeptPageAreCountedToo() throws Exception {
        TestArticles.create(mvc, "counted-from-the-kept-page");
        page("/articles/counted-from-the-kept-page");
        long before = views("counted-from-the-kept-page");

        page("/articles/counted-from-the-kept-page");
        page("/articles/counted-from-the-kept-page");
        mvc.perform(get("/articles/counted-from-the-kept-page").header("User-Agent", "ExampleBot/2.0")).andExpect(status().isOk());

        assertThat(views("counted-from-the-kept-page")).isEqualTo(before + 2);
    }

    @Test
    void headRequestsAndRobotsAreNotCounted() throws Exception {
        TestArticles.create(mvc, "not-counted");
        long before = views("not-counted");

        mvc.perform(head("/articles/not-counted")).andExpect(status().isOk());
        mvc.perform(get("/articles/not-counted").header("User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1)"))
                .andExpect(status().isOk());
        mvc.perform(get("/articles/not-counted").header("User-Agent", "SomeCrawler/1.0")).andExpect(status().isOk());
        mvc.perform(get("/articles/not-counted").header("User-Agent", "friendly-Spider")).andExpect(status().isOk());

        assertThat(views("not-counted")).isEqualTo(before);
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
