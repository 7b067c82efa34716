package com.frameworkfork.decision;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.frameworkfork.support.Admin;
import com.frameworkfork.support.Clients;
import com.frameworkfork.support.Html;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.SiteTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The statistics count each quiz once, by its latest verdict, however often it is finished again;
 * every verdict ever made keeps its page. Each request comes from another address, as a reader
 * trying to move the figures from many addresses would send them, so rate limits play no part here.
 */
@SiteTest
class VerdictCountingTest {

    private static final List<String> ANSWERS = List.of("no", "yes", "unsure");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    /** A reader's CSRF token and cookie, as a page hands them out. */
    private RequestPostProcessor token;

    @BeforeEach
    void takeAReadersToken() throws Exception {
        token = PageToken.reader(mvc);
    }

    @Test
    void finishingOneQuizSixtyTimesWithOtherAnswersMovesEveryCountByAtMostOne() throws Exception {
        long apiBefore = apiTotal();
        long dashboardBefore = dashboardTotal();

        String quiz = start();
        for (String key : List.of("api", "admin", "solo", "team", "growth")) {
            answer(quiz, key, "no");
        }
        Set<String> verdicts = new LinkedHashSet<>();
        for (int i = 0; i < 60; i++) {
            // Four answers counting up in base 3: a combination this quiz has not had before, every time.
            answer(quiz, "api", ANSWERS.get(i % 3));
            answer(quiz, "admin", ANSWERS.get(i / 3 % 3));
            answer(quiz, "growth", ANSWERS.get(i / 9 % 3));
            verdicts.add(finish(quiz, ANSWERS.get(i / 27 % 3)));
        }

        assertThat(verdicts).hasSize(60);
        long apiAfter = apiTotal();
        assertThat(apiAfter - apiBefore).isBetween(0L, 1L);
        assertThat(dashboardTotal() - dashboardBefore).isBetween(0L, 1L);
        String latest = verdicts.stream().reduce((first, second) -> second).orElseThrow();
        assertThat(othersTotal(latest)).isEqualTo(apiAfter);
        for (String verdict : verdicts) {
            mvc.perform(get(verdict)).andExpect(status().isOk());
        }
    }

    @Test
    void peopleWhoAnsweredAlikeCountEachQuizOnceAndNeverTheReadersOwnQuiz() throws Exception {
        Map<String, String> rare = Map.of("api", "unsure", "admin", "no", "solo", "unsure", "team", "no",
                "growth", "unsure", "learning", "yes");
        for (int i = 0; i < 9; i++) {
            mvc.perform(post("/api/v1/verdicts").with(Clients.fresh()).contentType(MediaType.APPLICATION_JSON)
                    .content(JSON.writeValueAsString(Map.of("answers", rare)))).andExpect(status().isCreated());
        }
        // One reader flips the last answer back and forth, finishing the same quiz twenty times.
        String flipper = start();
        for (String key : List.of("api", "admin", "solo", "team", "growth")) {
            answer(flipper, key, rare.get(key));
        }
        for (int i = 0; i < 20; i++) {
            finish(flipper, i % 2 == 0 ? "no" : "yes");
        }
        String flippersVerdict = finish(flipper, "yes");

        String newcomer = start();
        for (String key : List.of("api", "admin", "solo", "team", "growth")) {
            answer(newcomer, key, rare.get(key));
        }
        String newcomersVerdict = finish(newcomer, "yes");

        assertThat(sameAnswersTotal(newcomersVerdict)).isEqualTo(10);
        assertThat(sameAnswersTotal(flippersVerdict)).isEqualTo(10);
    }

    private String start() throws Exception {
        String first = redirect(mvc.perform(post("/decide").with(token).with(Clients.fresh())).andReturn());
        return first.substring(0, first.lastIndexOf('/'));
    }

    private void answer(String quiz, String key, String answer) throws Exception {
        redirect(mvc.perform(post(quiz + "/" + key).with(token).with(Clients.fresh()).param("answer", answer))
                .andReturn());
    }

    private String finish(String quiz, String answer) throws Exception {
        String verdict = redirect(mvc.perform(post(quiz + "/learning").with(token).with(Clients.fresh())
                .param("answer", answer)).andReturn());
        assertThat(verdict).startsWith("/verdict/");
        return verdict;
    }

    private static String redirect(MvcResult result) {
        assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(303);
        return result.getResponse().getHeader(HttpHeaders.LOCATION);
    }

    private long apiTotal() throws Exception {
        JsonNode stats = JSON.readTree(mvc.perform(get("/api/v1/verdicts/stats")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        return stats.get("total").asLong();
    }

    private long dashboardTotal() throws Exception {
        Document dashboard = Html.of(mvc.perform(get("/admin").with(Admin.admin())).andExpect(status().isOk()));
        return Long.parseLong(dashboard.selectFirst("[data-testid=total-verdicts]").text().replace(",", ""));
    }

    private long othersTotal(String verdict) throws Exception {
        Document page = Html.of(mvc.perform(get(verdict)).andExpect(status().isOk()));
        return Long.parseLong(page.selectFirst("[data-testid=others]").attr("data-total"));
    }

    private long sameAnswersTotal(String verdict) throws Exception {
        Document page = Html.of(mvc.perform(get(verdict)).andExpect(status().isOk()));
        Element same = page.selectFirst("[data-testid=same-answers]");
        return same == null ? 0 : Long.parseLong(same.attr("data-total"));
    }
}
