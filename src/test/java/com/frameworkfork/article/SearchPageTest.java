package com.frameworkfork.article;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SiteTest
class SearchPageTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcTemplate jdbc;

    private String html(String query) throws Exception {
        return mvc.perform(get("/search").param("q", query)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private Document search(String query) throws Exception {
        return Jsoup.parse(html(query));
    }

    private static List<String> hitSlugs(Document page) {
        return page.select(".search-hit-title a").eachAttr("href").stream()
                .map(href -> href.substring("/articles/".length())).toList();
    }

    /** How many published articles contain every word literally, worked out without the database's LIKE. */
    private long literalMatches(String query) {
        List<String> words = Arrays.stream(query.strip().split("\\s+")).map(w -> w.toLowerCase(Locale.ROOT)).toList();
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT title, summary, body_markdown FROM article WHERE published = TRUE");
        return rows.stream()
                .map(row -> (row.get("title") + "\n" + row.get("summary") + "\n" + row.get("body_markdown")).toLowerCase(Locale.ROOT))
                .filter(text -> words.stream().allMatch(text::contains))
                .count();
    }

    private long published() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM article WHERE published = TRUE", Long.class);
    }

    /** A body long enough that an excerpt is a part of it, with the given words in its middle. */
    private static String longBody(String middle) {
        return "Opening words of a long article. ".repeat(30) + middle + " Closing words of a long article.".repeat(30);
    }

    @Test
    void aTitleWordFindsTheArticleFirstAndHighlightsIt() throws Exception {
        TestArticles.create(mvc, "axolotl-in-the-body", "Another title", "Another summary.", longBody("An axolotl appears here."));
        TestArticles.create(mvc, "axolotl-in-the-title", "The Axolotl Article", "A summary.", longBody("Nothing to see."));

        Document page = search("axolotl");

        assertThat(page.select("h1")).hasSize(1);
        assertThat(hitSlugs(page)).containsExactly("axolotl-in-the-title", "axolotl-in-the-body");
        assertThat(page.select(".search-hit-title").first().select("mark").text()).isEqualTo("Axolotl");
        assertThat(page.select(".search-count").text()).isEqualTo("2 results for ‘axolotl’");
        assertThat(page.title()).startsWith("Search results for ‘axolotl’");
    }

    @Test
    void aSummaryWordRanksTheArticleWhoseSummaryHasItAboveBodyOnlyMatches() throws Exception {
        TestArticles.create(mvc, "pangolin-in-the-body", "A title", "A summary.", longBody("A pangolin appears here."));
        TestArticles.create(mvc, "pangolin-in-the-summary", "A title", "All about the Pangolin.", longBody("Nothing to see."));

        Document page = search("PANGOLIN");

        assertThat(hitSlugs(page)).containsExactly("pangolin-in-the-summary", "pangolin-in-the-body");
        assertThat(page.select(".search-snippet mark").eachText()).isNotEmpty().allMatch(word -> word.equalsIgnoreCase("pangolin"));
    }

    @Test
    void aWordOnlyInTheBodyIsFoundWithAnExcerptAroundIt() throws Exception {
        TestArticles.create(mvc, "narwhal-in-the-body", "A title", "A summary.", longBody("Somewhere in here a Narwhal swims by."));

        Document page = search("narwhal");

        assertThat(hitSlugs(page)).containsExactly("narwhal-in-the-body");
        Element snippet = page.selectFirst(".search-hit .search-snippet");
        assertThat(snippet.select("mark").eachText()).containsExactly("Narwhal");
        assertThat(snippet.text().split("\\s+").length).isBetween(10, 34);
    }

    @Test
    void excerptsShowReadingTextNotMarkdownSyntax() throws Exception {
        TestArticles.create(mvc, "zymurgy-in-markdown", "A title", "A summary.",
                longBody("Run **`zymurgy.py brew`** and read about *zymurgy* in [the docs](https://example.org)."));

        Document page = search("zymurgy.py");

        assertThat(page.select(".search-snippet mark").eachText()).contains("zymurgy.py");
        assertThat(page.select(".search-snippet").eachText()).isNotEmpty()
                .noneMatch(text -> text.contains("`") || text.contains("**") || text.contains("]("));
    }

    @Test
    void everyWordMustMatchSomewhere() throws Exception {
        assertThat(hitSlugs(search("django admin"))).hasSize((int) literalMatches("django admin")).isNotEmpty();
        assertThat(hitSlugs(search("django xylophone"))).isEmpty();
    }

    @Test
    void noResultsGetsAHelpfulEmptyState() throws Exception {
        Document page = search("xylophone");

        assertThat(page.select(".search-count").text()).isEqualTo("0 results for ‘xylophone’");
        assertThat(page.select(".search-results")).isEmpty();
        assertThat(page.select(".empty")).hasSize(1);
        assertThat(page.select("main a").eachAttr("href")).contains("/articles", "/decide");
        assertThat(page.select(".search-suggestions a[href^=/search?q=]")).isNotEmpty();
    }

    @Test
    void everySuggestedWordFindsSomething() throws Exception {
        for (String word : ArticleSearch.SUGGESTIONS) {
            assertThat(hitSlugs(search(word))).as(word).isNotEmpty();
        }
    }

    @Test
    void aBlankQueryShowsTheFormAndSuggestionsButNoResults() throws Exception {
        for (String query : List.of("", "   ")) {
            Document page = search(query);

            assertThat(page.select("main form[role=search] input[type=search][name=q]")).hasSize(1);
            assertThat(page.select("main label[for=search-q]")).hasSize(1);
            assertThat(page.select(".search-count, .search-results, .empty")).isEmpty();
            assertThat(page.select(".search-suggestions a")).isNotEmpty();
            assertThat(page.title()).startsWith("Search articles");
        }
        Document withoutParameter = Jsoup.parse(mvc.perform(get("/search")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(withoutParameter.select(".search-results, .empty")).isEmpty();
    }

    @Test
    void likeWildcardsMatchOnlyThemselves() throws Exception {
        for (String query : List.of("%", "_", "%%", "a%b", "snake_case")) {
            assertThat(hitSlugs(search(query))).as(query).hasSize((int) literalMatches(query));
        }
        assertThat(literalMatches("%")).isLessThan(published());
        assertThat(literalMatches("_")).isLessThan(published());
    }

    @Test
    void quotesAndSqlAreSearchedForLiterally() throws Exception {
        for (String query : List.of("' OR 1=1 --", "\"django\"", "'", "flask'; DROP TABLE article; --", "\\", "!")) {
            Document page = search(query);

            assertThat(hitSlugs(page)).as(query).hasSize((int) literalMatches(query));
            assertThat(page.select("#search-q").val()).isEqualTo(query.strip());
        }
        assertThat(literalMatches("' OR 1=1 --")).isLessThan(published());
        assertThat(published()).isPositive();
    }

    @Test
    void aScriptInTheQueryComesBackAsText() throws Exception {
        String payload = "<script>alert(1)</script>";

        String body = html(payload);
        Document page = Jsoup.parse(body);

        assertThat(body).doesNotContainIgnoringCase("<script");
        assertThat(page.select(".search-count").text()).contains(payload);
        assertThat(page.select("#search-q").val()).isEqualTo(payload);
        assertThat(page.title()).contains(payload);
    }

    @Test
    void aVeryLongQueryIsCutNotRejected() throws Exception {
        Document page = search("django ".repeat(100));

        assertThat(page.select("#search-q").val().length()).isLessThanOrEqualTo(200);
        assertThat(hitSlugs(page)).isNotEmpty();
    }

    @Test
    void resultPagesAskSearchEnginesNotToIndexThem() throws Exception {
        Document page = search("flask");

        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.select("link[rel=canonical]")).as("a canonical link would contradict noindex").isEmpty();
    }

    @Test
    void everyPageHasALabelledSearchFormInTheHeaderThatSendsNoToken() throws Exception {
        Document home = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());

        Element form = home.selectFirst("header form[role=search]");
        assertThat(form).isNotNull();
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("/search");
        Element input = form.selectFirst("input[type=search][name=q]");
        assertThat(form.select("label[for=" + input.id() + "]").hasClass("visually-hidden")).isTrue();
        assertThat(form.select("input[type=hidden]")).isEmpty();
    }
}
