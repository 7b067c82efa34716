package com.frameworkfork.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.frameworkfork.support.Admin;
import com.frameworkfork.support.Clients;
import com.frameworkfork.support.Html;
import com.frameworkfork.support.TestArticles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's activity charts count what readers do through the public pages and the API, each on
 * the day the site's clock says it is. That clock runs here from noon of a fixed day, so "today" is the
 * same for the whole test and differs from the machine's date: a figure stored with another clock lands
 * outside the thirty days.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(DashboardActivityTest.NoonOfAFixedDay.class)
class DashboardActivityTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final List<String> KINDS = List.of("views", "hearts", "comments", "verdicts");
    private static final List<String> QUESTIONS = List.of("api", "admin", "solo", "team", "growth", "learning");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestConfiguration(proxyBeanMethods = false)
    static class NoonOfAFixedDay {

        @Bean
        @Primary
        Clock noonOfAFixedDay() {
            Instant noon = TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC);
            return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), noon));
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void everyChartShowsThirtyDaysEndingTodayWithABarForEachDayThatHadActivity() throws Exception {
        TestArticles.create(mvc, "thirty-days");
        mvc.perform(get("/articles/thirty-days")).andExpect(status().isOk());
        heart("thirty-days");

        Document dashboard = dashboard();

        for (String kind : KINDS) {
            Element chart = dashboard.selectFirst("[data-testid=daily-" + kind + "]");
            List<String> days = chart.select("[data-testid=daily-figures] tbody time").eachAttr("datetime");
            assertThat(days).as(kind).containsExactlyElementsOf(TODAY.minusDays(29).datesUntil(TODAY.plusDays(1))
                    .map(LocalDate::toString).toList());
            long activeDays = chart.select("[data-testid=daily-figures] tbody td").stream()
                    .filter(td -> !td.text().equals("0")).count();
            assertThat(chart.select("svg rect")).as(kind).hasSize((int) activeDays);
            Element svg = chart.selectFirst("svg[role=img]");
            assertThat(chart.getElementById(svg.attr("aria-labelledby")).tagName()).isEqualTo("title");
        }
        assertThat(today(dashboard, "views")).isPositive();
        assertThat(today(dashboard, "hearts")).isPositive();
    }

    @Test
    void todaysBarsCountTheViewsHeartsCommentsAndVerdictsJustMade() throws Exception {
        TestArticles.create(mvc, "todays-bars");
        Document before = dashboard();

        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/articles/todays-bars")).andExpect(status().isOk());
        }
        heart("todays-bars");
        heart("todays-bars");
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/articles/todays-bars/comments").with(csrf()).with(Clients.fresh())
                    .param("name", "Reader " + i).param("body", "Comment " + i).param("website", ""))
                    .andExpect(status().isSeeOther());
        }
        Map<String, String> answers = answers("yes", "no", "yes", "no", "no", "unsure");
        apiVerdict(answers);
        apiVerdict(answers);

        Document after = dashboard();

        assertThat(today(after, "views") - today(before, "views")).isEqualTo(3);
        assertThat(today(after, "hearts") - today(before, "hearts")).isEqualTo(2);
        assertThat(today(after, "comments") - today(before, "comments")).isEqualTo(2);
        assertThat(today(after, "verdicts") - today(before, "verdicts")).isEqualTo(2);
        assertThat(total(after, "verdicts")).isEqualTo(dailySum(after, "verdicts"));
    }

    @Test
    void theAnswerSplitCountsEachVerdictOnceAndAQuizByItsLatestAnswers() throws Exception {
        Document before = dashboard();

        apiVerdict(answers("yes", "no", "yes", "no", "no", "unsure"));
        apiVerdict(answers("no", "yes", "no", "yes", "yes", "no"));
        apiVerdict(answers("unsure", "yes", "unsure", "no", "yes", "yes"));
        // A reader finishes a quiz, goes back and changes the first answer: only the second set counts.
        String quiz = startQuiz();
        for (String question : QUESTIONS) {
            answer(quiz, question, "no");
        }
        answer(quiz, "api", "yes");
        answer(quiz, "learning", "no");

        Document after = dashboard();

        Map<String, Map<String, Long>> added = new LinkedHashMap<>();
        for (String question : QUESTIONS) {
            for (String answer : List.of("yes", "no", "unsure")) {
                added.computeIfAbsent(question, q -> new LinkedHashMap<>())
                        .put(answer, splitCount(after, question, answer) - splitCount(before, question, answer));
            }
        }
        assertThat(added.get("api")).containsExactly(Map.entry("yes", 2L), Map.entry("no", 1L), Map.entry("unsure", 1L));
        assertThat(added.get("admin")).containsExactly(Map.entry("yes", 2L), Map.entry("no", 2L), Map.entry("unsure", 0L));
        assertThat(added.get("solo")).containsExactly(Map.entry("yes", 1L), Map.entry("no", 2L), Map.entry("unsure", 1L));
        assertThat(added.get("learning")).containsExactly(Map.entry("yes", 1L), Map.entry("no", 2L), Map.entry("unsure", 1L));
        assertThat(today(after, "verdicts") - today(before, "verdicts")).isEqualTo(4);

        Element api = after.selectFirst("[data-testid=answer-split-question][data-question=api]");
        long total = api.select("[data-testid=answer-count]").stream().mapToLong(c -> number(c.text())).sum();
        int percents = 0;
        for (String answer : List.of("yes", "no", "unsure")) {
            String text = api.selectFirst("li[data-answer=" + answer + "]").text().replaceAll(".*\\((\\d+)%\\).*", "$1");
            int percent = Integer.parseInt(text);
            assertThat((double) percent).as(answer)
                    .isCloseTo(100.0 * splitCount(after, "api", answer) / total, within(1.0));
            percents += percent;
        }
        assertThat(percents).isEqualTo(100);
    }

    private Document dashboard() throws Exception {
        return Html.of(mvc.perform(get("/admin").with(Admin.admin())).andExpect(status().isOk()));
    }

    /** Today's figure, read from the chart's table of daily figures. */
    private static long today(Document dashboard, String kind) {
        return number(dashboard.selectFirst("[data-testid=daily-" + kind + "] [data-testid=daily-figures] "
                + "tr:has(time[datetime=" + TODAY + "]) td").text());
    }

    private static long total(Document dashboard, String kind) {
        return number(dashboard.selectFirst("[data-testid=total-" + kind + "]").text());
    }

    private static long dailySum(Document dashboard, String kind) {
        return dashboard.select("[data-testid=daily-" + kind + "] [data-testid=daily-figures] tbody td").stream()
                .mapToLong(td -> number(td.text())).sum();
    }

    private static long splitCount(Document dashboard, String question, String answer) {
        return number(dashboard.selectFirst("[data-testid=answer-split-question][data-question=" + question + "] "
                + "li[data-answer=" + answer + "] [data-testid=answer-count]").text());
    }

    private static long number(String text) {
        return Long.parseLong(text.replace(",", ""));
    }

    private static Map<String, String> answers(String... values) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < QUESTIONS.size(); i++) {
            answers.put(QUESTIONS.get(i), values[i]);
        }
        return answers;
    }

    /** Each heart from a new visitor: no cookie, so the site gives one. */
    private void heart(String slug) throws Exception {
        mvc.perform(post("/articles/" + slug + "/hearts").with(csrf()).with(Clients.fresh()))
                .andExpect(status().isSeeOther());
    }

    private void apiVerdict(Map<String, String> answers) throws Exception {
        mvc.perform(post("/api/v1/verdicts").with(Clients.fresh()).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("answers", answers)))).andExpect(status().isCreated());
    }

    private String startQuiz() throws Exception {
        String first = redirect(mvc.perform(post("/decide").with(csrf()).with(Clients.fresh())).andReturn());
        return first.substring(0, first.lastIndexOf('/'));
    }

    private void answer(String quiz, String question, String answer) throws Exception {
        redirect(mvc.perform(post(quiz + "/" + question).with(csrf()).with(Clients.fresh()).param("answer", answer))
                .andReturn());
    }

    private static String redirect(MvcResult result) {
        assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(303);
        return result.getResponse().getHeader(HttpHeaders.LOCATION);
    }
}
