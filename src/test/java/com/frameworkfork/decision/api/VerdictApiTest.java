package com.frameworkfork.decision.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.frameworkfork.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The JSON API's shape and its errors, posted to without a CSRF token as a script would. What the
 * answers recommend is the scorer's business ({@code decision/scoring/ScorerTest}); here the answer must
 * be complete, explain itself and be the same verdict every time it is read.
 */
@SiteTest
class VerdictApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private ResultActions postJson(String body) throws Exception {
        return mvc.perform(post("/api/v1/verdicts").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions expectProblem(ResultActions result, int status) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.errors").isArray());
    }

    /** The current questionnaire's question keys, in the order the questions are asked. */
    private List<String> questions() {
        return jdbc.queryForList("SELECT question_key FROM decision_question WHERE model_version = "
                + "(SELECT MAX(version) FROM scoring_model) ORDER BY position", String.class);
    }

    private JsonNode stats() throws Exception {
        return JSON.readTree(mvc.perform(get("/api/v1/verdicts/stats")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void postedAnswersGiveACompleteVerdictThatExplainsItselfAndIsCounted() throws Exception {
        List<String> questions = questions();
        Map<String, String> answers = new LinkedHashMap<>();
        // One yes, so no two answers can exclude each other; a no and "not sure" for the rest.
        questions.forEach(key -> answers.put(key, answers.isEmpty() ? "yes" : answers.size() == 1 ? "no" : "unsure"));
        JsonNode before = stats();

        String created = postJson(JSON.writeValueAsString(Map.of("answers", answers)))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
                .andExpect(header().string(HttpHeaders.LOCATION, matchesPattern("/verdict/[A-Za-z0-9_-]{22}")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString();
        JsonNode verdict = JSON.readTree(created);

        assertThat(verdict.get("id").asString()).matches("[A-Za-z0-9_-]{22}");
        assertThat(verdict.get("url").asString()).isEqualTo("/verdict/" + verdict.get("id").asString());
        assertThat(verdict.get("recommendation").asString()).isIn("DJANGO", "FLASK", "EITHER");
        assertThat(verdict.get("confidence").asString()).isNotBlank();
        assertThat(verdict.get("fastApiWorthALook").isBoolean()).isTrue();
        assertThat(verdict.get("modelVersion").asInt()).isPositive();
        JsonNode reasons = verdict.get("reasons");
        List<String> explained = new ArrayList<>();
        reasons.forEach(reason -> explained.add(reason.get("question").asString()));
        assertThat(explained).as("one reason per question, in question order").isEqualTo(questions);
        int django = 0;
        int flask = 0;
        for (JsonNode reason : reasons) {
            assertThat(reason.get("answer").asString()).isEqualTo(answers.get(reason.get("question").asString()));
            assertThat(reason.get("favours").asString()).isIn("DJANGO", "FLASK", "NEITHER");
            assertThat(reason.get("explanation").asString()).isNotBlank();
            django += reason.get("favours").asString().equals("DJANGO") ? reason.get("weight").asInt() : 0;
            flask += reason.get("favours").asString().equals("FLASK") ? reason.get("weight").asInt() : 0;
        }
        assertThat(verdict.get("scores").get("django").asInt()).as("the reasons add up to the scores").isEqualTo(django);
        assertThat(verdict.get("scores").get("flask").asInt()).isEqualTo(flask);
        assertThat(verdict.get("margin").asInt()).isEqualTo(django - flask);
        for (JsonNode change : verdict.get("whatWouldChange")) {
            assertThat(change.get("question").asString()).isIn(questions);
            assertThat(change.get("from").asString()).isEqualTo(answers.get(change.get("question").asString()));
            assertThat(change.get("becomes").asString()).isNotEqualTo(verdict.get("recommendation").asString());
        }

        mvc.perform(get("/api/v1/verdicts/" + verdict.get("id").asString()))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
                .andExpect(content().json(created));
        JsonNode after = stats();
        String side = verdict.get("recommendation").asString().toLowerCase(Locale.ROOT);
        assertThat(after.get("total").asLong()).isEqualTo(before.get("total").asLong() + 1);
        assertThat(after.get(side).asLong()).isEqualTo(before.get(side).asLong() + 1);
        mvc.perform(get("/verdict/" + verdict.get("id").asString()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "data-recommendation=\"" + verdict.get("recommendation").asString() + "\"")));
    }

    @Test
    void missingUnknownAndInvalidAnswersAreEachNamed() throws Exception {
        expectProblem(postJson("""
                {"answers": {"api": "maybe", "admin": "no", "solo": "no", "team": "no", "growth": "no", "colour": "blue"}}"""), 400)
                .andExpect(jsonPath("$.errors[*].question", containsInAnyOrder("api", "learning", "colour")));
    }

    @Test
    void anAnswerThatIsNotAStringIsNamed() throws Exception {
        expectProblem(postJson("""
                {"answers": {"api": true, "admin": "no", "solo": "no", "team": "no", "growth": 3, "learning": "no"}}"""), 400)
                .andExpect(jsonPath("$.errors[*].question", containsInAnyOrder("api", "growth")));
    }

    @Test
    void aBodyThatIsNotJsonOrHasNoAnswersObjectIsRefused() throws Exception {
        expectProblem(postJson("{\"answers\": {\"api\": "), 400)
                .andExpect(jsonPath("$.errors[0].question").value("body"));
        expectProblem(postJson(""), 400);
        expectProblem(postJson("[1, 2]"), 400).andExpect(jsonPath("$.errors[0].question").value("answers"));
        expectProblem(postJson("{\"answers\": \"yes\"}"), 400).andExpect(jsonPath("$.errors[0].question").value("answers"));
        expectProblem(postJson("{}"), 400).andExpect(jsonPath("$.errors[0].question").value("answers"));
    }

    @Test
    void aBodyThatIsNotDeclaredAsJsonIsRefusedWithAProblem() throws Exception {
        expectProblem(mvc.perform(post("/api/v1/verdicts").contentType(MediaType.TEXT_PLAIN).content("api=yes")), 415);
    }

    @Test
    void unknownAndMalformedVerdictIdsAreNotFoundProblems() throws Exception {
        expectProblem(mvc.perform(get("/api/v1/verdicts/AAAAAAAAAAAAAAAAAAAAAA")), 404);
        expectProblem(mvc.perform(get("/api/v1/verdicts/not-an-id")), 404);
    }
}
