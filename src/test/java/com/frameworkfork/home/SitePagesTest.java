package com.frameworkfork.home;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.frameworkfork.article.MarkdownRenderer;
import com.frameworkfork.decision.questionnaire.Questionnaire;
import com.frameworkfork.decision.questionnaire.Questionnaires;
import com.frameworkfork.decision.scoring.Answer;
import com.frameworkfork.decision.scoring.AnswerWeight;
import com.frameworkfork.decision.scoring.QuestionWeights;
import com.frameworkfork.decision.scoring.Strength;
import com.frameworkfork.support.Clients;
import com.frameworkfork.support.Html;
import com.frameworkfork.support.HtmlValidator;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The site's own pages, /about and /privacy, from the shipped Markdown, linked from every page's footer. */
@SiteTest
class SitePagesTest {

    static final String MARKER = "<!-- weights-table -->";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    MarkdownRenderer markdown;

    @Test
    void theAboutPageShowsEveryAnswerOfThePublishedModelWithItsWeight() throws Exception {
        Document about = Html.of(mvc.perform(get("/about")).andExpect(status().isOk()));

        Element table = about.selectFirst("[data-testid=weights-table]");
        assertThat(table).isNotNull();
        assertThat(rows(table)).containsExactlyElementsOf(expectedRows(questionnaires.current()));
        assertThat(about.select("[data-testid=weights-model]").text())
                .contains(String.valueOf(questionnaires.current().model().version()));
        assertStrengthFollowsWeight(table);
    }

    @Test
    void theWeightsTableStandsWhereTheTextPlacesItAndTheMarkerIsNotShown() throws Exception {
        String body = jdbc.queryForObject("SELECT body_markdown FROM site_page WHERE slug = 'about'", String.class);
        assertThat(body).contains(MARKER);
        String before = Jsoup.parse(markdown.render(body.substring(0, body.indexOf(MARKER))).html()).text();
        String after = Jsoup.parse(markdown.render(body.substring(body.indexOf(MARKER) + MARKER.length())).html()).text();

        Document about = Html.of(mvc.perform(get("/about")).andExpect(status().isOk()));

        Element table = about.selectFirst("[data-testid=weights-table]");
        assertThat(about.select("[data-testid=page-before]").text()).isEqualTo(before);
        assertThat(about.select("[data-testid=page-after]").text()).isEqualTo(after);
        assertThat(about.selectFirst("[data-testid=page-before]").elementSiblingIndex())
                .isLessThan(table.closest("[data-testid=weights]").elementSiblingIndex());
        assertThat(about.selectFirst("[data-testid=page-after]").elementSiblingIndex())
                .isGreaterThan(table.closest("[data-testid=weights]").elementSiblingIndex());
        assertThat(about.text()).doesNotContain("weights-table");
    }

    @Test
    void eachPageShowsItsOwnTitleSummaryAndDate() throws Exception {
        for (Map<String, Object> page : jdbc.queryForList("SELECT slug, title, summary, updated_on FROM site_page")) {
            Document shown = Html.of(mvc.perform(get("/" + page.get("slug"))).andExpect(status().isOk()));

            assertThat(shown.select("h1").text()).isEqualTo(page.get("title"));
            assertThat(shown.select("meta[name=description]").attr("content")).isEqualTo(page.get("summary"));
            assertThat(shown.select("[data-testid=page-updated]").attr("datetime")).isEqualTo(page.get("updated_on").toString());
        }
    }

    @Test
    void onlyAPageWhoseTextAsksForTheWeightsShowsThem() throws Exception {
        String privacy = jdbc.queryForObject("SELECT body_markdown FROM site_page WHERE slug = 'privacy'", String.class);
        assertThat(privacy).doesNotContain(MARKER);

        assertThat(Html.of(mvc.perform(get("/privacy")).andExpect(status().isOk())).select("[data-testid=weights-table]")).isEmpty();
    }

    @Test
    void everyPageLinksToTheAboutAndPrivacyPagesInItsFooter() throws Exception {
        for (String path : List.of("/", "/articles", "/compare/django-vs-flask", "/decide", "/about", "/privacy")) {
            Document page = Html.of(mvc.perform(get(path)).andExpect(status().isOk()));

            for (String link : List.of("/about", "/privacy")) {
                assertThat(page.select("footer a[href=" + link + "]")).as("%s links to %s", path, link).hasSize(1);
            }
        }
    }

    @Test
    void everyCookieTheSiteGivesAReaderIsNamedOnThePrivacyPage() throws Exception {
        List<MockHttpServletResponse> visit = List.of(
                mvc.perform(get("/")).andReturn().getResponse(),
                mvc.perform(get("/").secure(true)).andReturn().getResponse(),
                mvc.perform(post("/articles/what-each-framework-gives-you/hearts").with(PageToken.reader(mvc)).with(Clients.fresh()))
                        .andReturn().getResponse(),
                mvc.perform(post("/decide").with(PageToken.reader(mvc)).with(Clients.fresh())).andReturn().getResponse(),
                mvc.perform(get("/admin/articles")).andReturn().getResponse());
        Set<String> cookies = new TreeSet<>();
        visit.forEach(response -> response.getHeaders(HttpHeaders.SET_COOKIE)
                .forEach(header -> cookies.add(header.substring(0, header.indexOf('=')))));
        assertThat(cookies).as("a reader's visit sets cookies").isNotEmpty();

        Document privacy = Html.of(mvc.perform(get("/privacy")).andExpect(status().isOk()));

        assertThat(privacy.select("[data-testid=page-before] code").eachText()).containsAll(cookies);
    }

    @Test
    void bothPagesAreValidHtml() throws Exception {
        for (String path : List.of("/about", "/privacy")) {
            String html = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

            assertThat(HtmlValidator.errors(html)).as(path).isEmpty();
        }
    }

    /** One row per question and answer, in the model's order: question, answer, favours, weight. */
    static List<List<String>> expectedRows(Questionnaire questionnaire) {
        List<List<String>> rows = new ArrayList<>();
        for (QuestionWeights question : questionnaire.model().questions()) {
            Questionnaire.QuestionText text = questionnaire.question(question.key()).orElseThrow();
            for (Answer answer : Answer.values()) {
                AnswerWeight weight = question.weightOf(answer);
                rows.add(List.of(text.prompt(), text.labelOf(answer), weight.favours().label().toLowerCase(Locale.ROOT),
                        String.valueOf(weight.weight())));
            }
        }
        return rows;
    }

    /** The table's rows as a reader reads them: each question heads its group of answers. */
    static List<List<String>> rows(Element table) {
        List<List<String>> rows = new ArrayList<>();
        for (Element group : table.select("tbody")) {
            String question = group.selectFirst("th[scope=rowgroup]").text();
            for (Element row : group.select("tr")) {
                rows.add(List.of(question, row.selectFirst("[data-cell=answer]").text(),
                        row.selectFirst("[data-cell=favours]").text().toLowerCase(Locale.ROOT),
                        row.selectFirst("[data-cell=weight]").text()));
            }
        }
        return rows;
    }

    /** The strength words follow the weight: equal weights read alike, and a heavier one never reads weaker. */
    static void assertStrengthFollowsWeight(Element table) {
        List<Strength> words = List.of(Strength.values());
        Map<Integer, String> byWeight = new TreeMap<>();
        for (Element row : table.select("tbody tr")) {
            int weight = Integer.parseInt(row.selectFirst("[data-cell=weight]").text());
            String strength = row.selectFirst("[data-cell=strength]").text();
            assertThat(words).extracting(Strength::word).as("a verdict's own words").contains(strength);
            assertThat(byWeight.putIfAbsent(weight, strength)).as("weight %d", weight).isIn(null, strength);
        }
        assertThat(byWeight.get(0)).isIn(null, Strength.NONE.word());
        List<Integer> order = byWeight.values().stream()
                .map(strength -> words.stream().map(Strength::word).toList().indexOf(strength)).toList();
        assertThat(order).isSorted();
    }
}
