package com.frameworkfork.security;

import com.frameworkfork.support.Clients;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.TestArticles;
import com.frameworkfork.support.TightLimits;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Hearts, the verdict API, quiz starts, quiz verdicts and sign-in attempts each have their own allowance per client. */
@TightLimits
class ReaderRateLimitsTest {

    private static final String VERDICT_JSON = """
            {"answers": {"api": "no", "admin": "yes", "solo": "no", "team": "yes", "growth": "yes", "learning": "no"}}""";

    @Autowired
    MockMvc mvc;

    private RequestPostProcessor token;

    @BeforeEach
    void takeAReadersToken() throws Exception {
        token = PageToken.reader(mvc);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void heartsOverTheLimitGetAFriendly429PageWithALinkBack() throws Exception {
        TestArticles.create(mvc, "hearts-limited");
        for (int i = 0; i < TightLimits.PER_MINUTE; i++) {
            mvc.perform(post("/articles/hearts-limited/hearts").with(token).with(Clients.from("198.51.100.1")))
                    .andExpect(status().isSeeOther());
        }
        long hearts = jdbc.queryForObject("SELECT heart_count FROM article WHERE slug = 'hearts-limited'", Long.class);

        MockHttpServletResponse refused = mvc.perform(post("/articles/hearts-limited/hearts").with(token)
                        .with(Clients.from("198.51.100.1")))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse();

        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 60L);
        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select("h1").text()).contains("wait a moment");
        assertThat(page.select("main a").eachAttr("href")).contains("/articles/hearts-limited");
        assertThat(jdbc.queryForObject("SELECT heart_count FROM article WHERE slug = 'hearts-limited'", Long.class))
                .isEqualTo(hearts);
        mvc.perform(post("/articles/hearts-limited/hearts").with(token).with(Clients.from("198.51.100.2")))
                .andExpect(status().isSeeOther());
    }

    @Test
    void theVerdictApiAnswers429AsAProblemWithRetryAfter() throws Exception {
        for (int i = 0; i < TightLimits.PER_MINUTE; i++) {
            mvc.perform(verdict("198.51.100.3")).andExpect(status().isCreated());
        }
        long verdicts = jdbc.queryForObject("SELECT COUNT(*) FROM decision_verdict", Long.class);

        MockHttpServletResponse refused = mvc.perform(verdict("198.51.100.3"))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse();

        assertThat(refused.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 60L);
        assertThat(refused.getContentAsString()).contains("\"status\":429").contains("\"errors\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM decision_verdict", Long.class)).isEqualTo(verdicts);
        mvc.perform(get("/api/v1/verdicts/stats").with(Clients.from("198.51.100.3"))).andExpect(status().isOk());
        mvc.perform(verdict("198.51.100.4")).andExpect(status().isCreated());
    }

    @Test
    void quizStartsOverTheLimitGetTheFriendly429PageAndStartNothing() throws Exception {
        for (int i = 0; i < TightLimits.PER_MINUTE; i++) {
            mvc.perform(startQuiz("198.51.100.7")).andExpect(status().isSeeOther());
        }
        long quizzes = jdbc.queryForObject("SELECT COUNT(*) FROM decision_quiz", Long.class);

        MockHttpServletResponse refused = mvc.perform(startQuiz("198.51.100.7"))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse();

        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 60L);
        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select("h1").text()).contains("wait a moment");
        assertThat(page.select("main a").eachAttr("href")).contains("/decide");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM decision_quiz", Long.class)).isEqualTo(quizzes);
        mvc.perform(startQuiz("198.51.100.8")).andExpect(status().isSeeOther());
    }

    @Test
    void onlyQuizStepsThatMakeANewVerdictUseTheAllowance() throws Exception {
        String client = "198.51.100.9";
        String first = mvc.perform(startQuiz(client)).andReturn().getResponse().getHeader("Location");
        String quiz = first.substring(0, first.lastIndexOf('/'));
        for (String key : new String[] {"api", "admin", "solo", "team", "growth"}) {
            mvc.perform(answer(quiz + "/" + key, "no", client)).andExpect(status().isSeeOther());
        }
        String flask = mvc.perform(answer(quiz + "/learning", "yes", client)).andExpect(status().isSeeOther())
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(answer(quiz + "/learning", "no", client)).andExpect(status().isSeeOther());
        long verdicts = jdbc.queryForObject("SELECT COUNT(*) FROM decision_verdict", Long.class);

        MockHttpServletResponse refused = mvc.perform(answer(quiz + "/learning", "unsure", client))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse();

        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 60L);
        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select("h1").text()).contains("wait a moment");
        assertThat(page.select("main a").eachAttr("href")).contains(quiz + "/learning");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM decision_verdict", Long.class)).isEqualTo(verdicts);
        // Steps that make no new verdict go on working: an earlier question, and answers already finished with.
        mvc.perform(answer(quiz + "/api", "no", client)).andExpect(status().isSeeOther());
        assertThat(mvc.perform(answer(quiz + "/learning", "yes", client)).andExpect(status().isSeeOther())
                .andReturn().getResponse().getHeader("Location")).isEqualTo(flask);
        mvc.perform(answer(quiz + "/learning", "unsure", "198.51.100.10")).andExpect(status().isSeeOther());
    }

    @Test
    void signInAttemptsOverTheLimitGet429WithRetryAfter() throws Exception {
        for (int i = 0; i < TightLimits.PER_MINUTE; i++) {
            mvc.perform(login("198.51.100.5")).andExpect(status().isFound());
        }
        MockHttpServletResponse refused = mvc.perform(login("198.51.100.5"))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse();

        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 60L);
        mvc.perform(get("/login").with(Clients.from("198.51.100.5"))).andExpect(status().isOk());
        mvc.perform(login("198.51.100.6")).andExpect(status().isFound());
    }

    private static MockHttpServletRequestBuilder verdict(String client) {
        return post("/api/v1/verdicts").with(Clients.from(client)).contentType(MediaType.APPLICATION_JSON).content(VERDICT_JSON);
    }

    private MockHttpServletRequestBuilder startQuiz(String client) {
        return post("/decide").with(token).with(Clients.from(client));
    }

    private MockHttpServletRequestBuilder answer(String step, String answer, String client) {
        return post(step).with(token).with(Clients.from(client)).param("answer", answer);
    }

    private MockHttpServletRequestBuilder login(String client) {
        return post("/login").with(token).with(Clients.from(client)).param("username", "nobody").param("password", "wrong");
    }
}
