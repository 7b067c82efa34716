package com.frameworkfork.decision.api;

import java.util.LinkedHashMap;
import java.util.Map;

import com.frameworkfork.decision.questionnaire.Questionnaire;
import com.frameworkfork.decision.questionnaire.Questionnaires;
import com.frameworkfork.decision.scoring.Answer;
import com.frameworkfork.decision.scoring.Scorer;
import com.frameworkfork.decision.scoring.ScoringResult;
import com.frameworkfork.support.SiteTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
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

/** The JSON API, posted to without a CSRF token, as a script would, against the published model. */
@SiteTest
class VerdictApiTest {

    private static final String FLASK_API = """
            {"answers": {"api": "yes", "admin": "no", "solo": "yes", "team": "no", "growth": "no", "learning": "unsure"}}""";

    private static final String ONLY_ADMIN = """
            {"answers": {"api": "no", "admin": "yes", "solo": "no", "team": "no", "growth": "no", "learning": "no"}}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    Questionnaires questionnaires;

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

    private ScoringResult expect(String json) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        Map<String, Object> parsed = JsonPath.read(json, "$.answers");
        parsed.forEach((k, v) -> answers.put(k, Answer.parse((String) v).orElseThrow()));
        return Scorer.score(questionnaires.current().model(), answers);
    }

    @Test
    void postingAnswersStoresAVerdictThatCanBeReadBackAndCounted() throws Exception {
        Questionnaire current = questionnaires.current();
        ScoringResult expected = expect(FLASK_API);
        String stats = mvc.perform(get("/api/v1/verdicts/stats")).andReturn().getResponse().getContentAsString();
        int flaskBefore = JsonPath.read(stats, "$.flask");
        int totalBefore = JsonPath.read(stats, "$.total");

        String created = postJson(FLASK_API)
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
                .andExpect(header().string(HttpHeaders.LOCATION, matchesPattern("/verdict/[A-Za-z0-9_-]{22}")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.id", matchesPattern("[A-Za-z0-9_-]{22}")))
                .andExpect(jsonPath("$.recommendation").value(expected.recommendation().name()))
                .andExpect(jsonPath("$.scores.django").value(expected.djangoScore()))
                .andExpect(jsonPath("$.scores.flask").value(expected.flaskScore()))
                .andExpect(jsonPath("$.confidence").value(expected.strength().lean()))
                .andExpect(jsonPath("$.modelVersion").value(current.version()))
                .andExpect(jsonPath("$.reasons", hasSize(current.questions().size())))
                .andExpect(jsonPath("$.reasons[0].question").value("api"))
                .andExpect(jsonPath("$.reasons[0].answer").value("yes"))
                .andExpect(jsonPath("$.reasons[0].status").value("answered"))
                .andExpect(jsonPath("$.reasons[0].strength").value(current.model().strength(
                        current.model().question("api").orElseThrow().weightOf(Answer.YES).weight()).word()))
                .andExpect(jsonPath("$.reasons[0].explanation").isNotEmpty())
                .andExpect(jsonPath("$.reasons[3].question").value("team"))
                .andExpect(jsonPath("$.reasons[3].status").value("skipped"))
                .andExpect(jsonPath("$.thirdOptions[*].framework").value(org.hamcrest.Matchers.contains(
                        current.thirdOptionsFor(expected).stream().map(Questionnaire.ThirdOption::framework).toArray())))
                .andExpect(jsonPath("$.nextSteps.tutorials").isNotEmpty())
                .andExpect(jsonPath("$.nextSteps.packages").isNotEmpty())
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
    void theTieBreakIsAnOptionalSeventhAnswerThatSettlesACloseCall() throws Exception {
        String nothing = """
                {"answers": {"api": "no", "admin": "no", "solo": "no", "team": "no", "growth": "no", "learning": "no"}}""";
        postJson(nothing).andExpect(status().isCreated())
                .andExpect(jsonPath("$.recommendation").value(expect(nothing).recommendation().name()))
                .andExpect(jsonPath("$.reasons[6].question").value("decisions"))
                .andExpect(jsonPath("$.reasons[6].status").value("unanswered"))
                .andExpect(jsonPath("$.whatWouldChange[*].question", hasItem("decisions")));
        for (String answer : new String[] {"yes", "no"}) {
            String settled = nothing.replace("\"learning\": \"no\"", "\"learning\": \"no\", \"decisions\": \"" + answer + "\"");
            postJson(settled).andExpect(status().isCreated())
                    .andExpect(jsonPath("$.recommendation").value(expect(settled).recommendation().name()))
                    .andExpect(jsonPath("$.reasons[6].status").value("answered"));
            assertThat(expect(settled).recommendation()).isNotEqualTo(expect(nothing).recommendation());
        }
        String clear = ONLY_ADMIN.replace("\"learning\": \"no\"", "\"learning\": \"no\", \"decisions\": \"yes\"");
        postJson(clear).andExpect(status().isCreated())
                .andExpect(jsonPath("$.scores.flask").value(expect(ONLY_ADMIN).flaskScore()))
                .andExpect(jsonPath("$.reasons[6].status").value("not-needed"));
        expectProblem(postJson(nothing.replace("\"learning\": \"no\"", "\"learning\": \"no\", \"decisions\": \"perhaps\"")), 400)
                .andExpect(jsonPath("$.errors[0].question").value("decisions"));
    }

    @Test
    void theOnlyDeveloperMayLeaveTheTeamOutButNotAnswerItYes() throws Exception {
        String withoutTeam = """
                {"answers": {"api": "no", "admin": "no", "solo": "yes", "growth": "no", "learning": "yes"}}""";
        postJson(withoutTeam).andExpect(status().isCreated())
                .andExpect(jsonPath("$.reasons[3].status").value("skipped"))
                .andExpect(jsonPath("$.reasons[3].answer").value("no"));
        expectProblem(postJson(withoutTeam.replace("\"solo\": \"yes\"", "\"solo\": \"yes\", \"team\": \"yes\"")), 400)
                .andExpect(jsonPath("$.errors[0].question").value("team"));
        expectProblem(postJson(withoutTeam.replace("\"solo\": \"yes\"", "\"solo\": \"no\"")), 400)
                .andExpect(jsonPath("$.errors[0].question").value("team"));
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
