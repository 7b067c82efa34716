package com.frameworkfork.decision.api;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The JSON API, posted to without a CSRF token, as a script would. */
@SpringBootTest
@AutoConfigureMockMvc
class VerdictApiTest {

    private static final String FLASK_API = """
            {"answers": {"api": "yes", "admin": "no", "solo": "yes", "team": "no", "growth": "no", "learning": "unsure"}}""";

    @Autowired
    MockMvc mvc;

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

    @Test
    void postingAnswersStoresAVerdictThatCanBeReadBackAndCounted() throws Exception {
        String stats = mvc.perform(get("/api/v1/verdicts/stats")).andReturn().getResponse().getContentAsString();
        int flaskBefore = JsonPath.read(stats, "$.flask");
        int totalBefore = JsonPath.read(stats, "$.total");

        String created = postJson(FLASK_API)
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
                .andExpect(header().string(HttpHeaders.LOCATION, matchesPattern("/verdict/[A-Za-z0-9_-]{22}")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.id", matchesPattern("[A-Za-z0-9_-]{22}")))
                .andExpect(jsonPath("$.recommendation").value("FLASK"))
                .andExpect(jsonPath("$.scores.django").value(0))
                .andExpect(jsonPath("$.scores.flask").value(4))
                .andExpect(jsonPath("$.confidence").value("a clear lean"))
                .andExpect(jsonPath("$.fastApiWorthALook").value(true))
                .andExpect(jsonPath("$.reasons", hasSize(6)))
                .andExpect(jsonPath("$.reasons[0].question").value("api"))
                .andExpect(jsonPath("$.reasons[0].answer").value("yes"))
                .andExpect(jsonPath("$.reasons[0].favours").value("FLASK"))
                .andExpect(jsonPath("$.reasons[0].weight").value(3))
                .andExpect(jsonPath("$.reasons[0].explanation").isNotEmpty())
                .andExpect(jsonPath("$.reasons[5].favours").value("NEITHER"))
                .andExpect(jsonPath("$.whatWouldChange[*].question", hasItem("api")))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");

        mvc.perform(get("/api/v1/verdicts/" + id))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
                .andExpect(content().json(created));

        mvc.perform(get("/api/v1/verdicts/stats"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(totalBefore + 1))
                .andExpect(jsonPath("$.flask").value(flaskBefore + 1))
                .andExpect(jsonPath("$.django").isNumber())
                .andExpect(jsonPath("$.either").isNumber());

        mvc.perform(get("/verdict/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-recommendation=\"FLASK\"")));
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
    void onlyDeveloperAndSeveralDevelopersCannotBothBeYes() throws Exception {
        expectProblem(postJson("""
                {"answers": {"api": "no", "admin": "no", "solo": "yes", "team": "yes", "growth": "no", "learning": "no"}}"""), 400)
                .andExpect(jsonPath("$.errors[0].question").value("team"))
                .andExpect(jsonPath("$.errors[0].message", matchesPattern(".*solo.*team.*")));
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
