package com.frameworkfork.search;

import java.util.List;
import java.util.Locale;

import com.frameworkfork.support.SiteTest;
import com.frameworkfork.support.TestArticles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SiteTest
class SearchPageTest {

    @Autowired
    private MockMvc mvc;

    private String html(String query) throws Exception {
        return mvc.perform(get("/search").param("q", query)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private Document search(String query) throws Exception {
        return Jsoup.parse(html(query));
    }

    private static List<String> hitPaths(Document page) {
        return page.select(".search-hit-title a").eachAttr("href");
    }

    private static List<String> marked(Document page) {
        return page.select(".search-hit mark").eachText().stream().map(word -> word.toLowerCase(Locale.ROOT)).toList();
    }

    /** A body long enough that an excerpt is a part of it, with the given words in its middle. */
    private static String longBody(String middle) {
        return "Opening words of a long article. ".repeat(30) + middle + " Closing words of a long article.".repeat(30);
    }

    @Test
    void aShortWordFindsOnlyWholeWordsNeverPartsOfLongerOnes() throws Exception {
        TestArticles.create(mvc, "vox-inside-words", "Voxels and paradoxes", "A summary.", longBody("Equinox and boxes."));
        TestArticles.create(mvc, "vox-as-a-word", "What VOX means", "A summary.", longBody("The vox is a word here."));

        Document page = search("vox");

        assertThat(hitPaths(page)).containsExactly("/articles/vox-as-a-word");
        assertThat(marked(page)).isNotEmpty().allMatch("vox"::equals);
    }

    @Test
    void aTitleMatchRanksAboveAMatchInTheText() throws Exception {
        TestArticles.create(mvc, "axolotl-in-the-body", "Another title", "Another summary.", longBody("An axolotl appears here."));
        TestArticles.create(mvc, "axolotl-in-the-title", "The Axolotl Article", "A summary.", longBody("Nothing to see."));

        Document page = search("axolotl");

        assertThat(hitPaths(page)).containsExactly("/articles/axolotl-in-the-title", "/articles/axolotl-in-the-body");
        assertThat(page.select(".search-hit-title").first().select("mark").eachText()).containsExactly("Axolotl");
        assertThat(page.select(".search-count").text()).startsWith("2 results");
    }

    @Test
    void wordsAreFoundInAnyOfTheirFormsAndHighlightedAsWritten() throws Exception {
        TestArticles.create(mvc, "quibbling-forms", "A title", "A summary.", longBody("Editors quibbled, and the quibbles were recorded."));

        Document page = search("quibbling");

        assertThat(hitPaths(page)).containsExactly("/articles/quibbling-forms");
        assertThat(marked(page)).containsExactlyInAnyOrder("quibbled", "quibbles");
    }

    @Test
    void aTypoInALongerWordStillFindsIt() throws Exception {
        TestArticles.create(mvc, "pangolin-typo", "All about the pangolin", "A summary.", longBody("Nothing to see."));

        assertThat(hitPaths(search("pangloin"))).containsExactly("/articles/pangolin-typo");
        assertThat(hitPaths(search("pnagolins"))).containsExactly("/articles/pangolin-typo");
        assertThat(hitPaths(search("djnago"))).isNotEmpty();
        assertThat(marked(search("djnago"))).isNotEmpty().allMatch(word -> word.matches("django(['’]s)?"));
    }

    @Test
    void everyWordMustBeFound() throws Exception {
        TestArticles.create(mvc, "narwhal-and-walrus", "Narwhal", "A summary.", longBody("A walrus swims by."));
        TestArticles.create(mvc, "narwhal-alone", "Narwhal", "A summary.", longBody("Nothing to see."));

        assertThat(hitPaths(search("walrus narwhal"))).containsExactly("/articles/narwhal-and-walrus");
        assertThat(hitPaths(search("narwhal xylophone"))).isEmpty();
    }

    @Test
    void aNewlyPublishedArticleIsFoundAtOnce() throws Exception {
        assertThat(hitPaths(search("capybara"))).isEmpty();

        TestArticles.create(mvc, "capybara-news", "Capybara news", "A summary.", longBody("Nothing to see."));

        assertThat(hitPaths(search("capybara"))).containsExactly("/articles/capybara-news");
    }

    @Test
    void excerptsShowReadingTextNotMarkdownSyntax() throws Exception {
        TestArticles.create(mvc, "zymurgy-in-markdown", "A title", "A summary.",
                longBody("Run **`zymurgy brew`** and read about *zymurgy* in [the docs](https://example.org)."));

        Document page = search("zymurgy");

        assertThat(marked(page)).contains("zymurgy");
        assertThat(page.select(".search-snippet").eachText()).isNotEmpty()
                .noneMatch(text -> text.contains("`") || text.contains("**") || text.contains("]("));
    }

    @Test
    void everyRowOfTheComparisonIsFoundByItsLabelAndLeadsToItsSection() throws Exception {
        Document comparison = Jsoup.parse(mvc.perform(get("/compare/django-vs-flask")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        Elements rows = comparison.select("tr[data-criterion]");
        assertThat(rows).isNotEmpty();
        for (Element row : rows) {
            String label = row.selectFirst("th").text();
            String section = "/compare/django-vs-flask#" + row.closest("section[id]").id();

            Document found = search(label);

            assertThat(found.select(".search-hit").stream()
                    .filter(hit -> hit.select(".search-hit-title a").attr("href").equals(section))
                    .map(hit -> hit.select(".meta").text()))
                    .as("a result for the row %s", label).anySatisfy(meta -> assertThat(meta).contains("Comparison row"));
        }
    }

    @Test
    void everyResultSaysWhatItIsAndWhereAndLinksIntoTheSite() throws Exception {
        Document page = search("django");

        assertThat(page.select(".search-hit")).isNotEmpty().allSatisfy(hit -> {
            assertThat(hit.select(".meta").text()).isNotBlank();
            assertThat(hit.select(".search-hit-title a").attr("href")).startsWith("/");
        });
    }

    @Test
    void nothingFoundGetsAHelpfulEmptyState() throws Exception {
        Document page = search("xylophone");

        assertThat(page.select(".search-count").text()).startsWith("0 results");
        assertThat(page.select(".search-results")).isEmpty();
        assertThat(page.select(".empty")).hasSize(1);
        assertThat(page.select("main a").eachAttr("href")).contains("/articles", "/decide");
        assertThat(page.select(".search-suggestions a[href^=/search?q=]")).isNotEmpty();
    }

    @Test
    void everySuggestedWordFindsSomething() throws Exception {
        for (String word : SearchService.SUGGESTIONS) {
            assertThat(hitPaths(search(word))).as(word).isNotEmpty();
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
        }
        Document withoutParameter = Jsoup.parse(mvc.perform(get("/search")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(withoutParameter.select(".search-results, .empty")).isEmpty();
    }

    @Test
    void querySyntaxIsSearchedForAsWordsNeverInterpreted() throws Exception {
        assertThat(hitPaths(search("\"django\""))).isEqualTo(hitPaths(search("django")));
        assertThat(hitPaths(search("django*"))).isEqualTo(hitPaths(search("django")));
        for (String query : List.of("' OR 1=1 --", "*", "?", "title:flask", "flask~", "(", "AND", "\\", "!", "%", "_")) {
            Document page = search(query);

            assertThat(page.select("#search-q").val()).as(query).isEqualTo(query.strip());
        }
        assertThat(hitPaths(search("*"))).isEmpty();
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

        assertThat(page.select("#search-q").val().length()).isLessThanOrEqualTo(SearchService.MAX_QUERY_LENGTH);
        assertThat(hitPaths(page)).isNotEmpty();
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
