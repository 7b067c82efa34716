package com.frameworkfork.decision.quiz;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpSession;

import com.frameworkfork.decision.verdict.VerdictService;
import com.frameworkfork.support.Clients;
import com.frameworkfork.support.HtmlForm;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Walks the questionnaire like a browser without JavaScript: read the page, fill in its form, follow
 * the redirect. The questions, their links and what the answers recommend are read from the database
 * and the API, never copied from the content, which editors will change.
 */
@SiteTest
class DecisionWizardTest {

    private static final Pattern VERDICT_PATH = Pattern.compile("/verdict/[A-Za-z0-9_-]{22}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    VerdictService verdictService;

    @Autowired
    QuizService quizService;

    /** One reader per test, at an address of its own, as with any reader's own allowance. */
    private final RequestPostProcessor reader = Clients.fresh();

    /** The reader's browser: the token cookie its first page left, sent with every later request. */
    private RequestPostProcessor browser;

    /** The current questionnaire's question keys, in the order the questions are asked. */
    private List<String> keys;

    @BeforeEach
    void openTheBrowser() throws Exception {
        browser = PageToken.sameBrowser(mvc.perform(get("/decide")).andReturn());
        keys = jdbc.queryForList("SELECT question_key FROM decision_question WHERE model_version = "
                + "(SELECT MAX(version) FROM scoring_model) ORDER BY position", String.class);
    }

    /** The reader's answers in question order: the given one for the named questions, "no" for the rest. */
    private Map<String, String> answers(Map<String, String> given) {
        Map<String, String> answers = new LinkedHashMap<>();
        keys.forEach(key -> answers.put(key, given.getOrDefault(key, "no")));
        return answers;
    }

    private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request.with(reader).with(browser)).andReturn();
        HttpSession session = result.getRequest().getSession(false);
        assertThat(session == null ? List.of() : Collections.list(session.getAttributeNames()))
                .as("nothing kept in the HTTP session").isEmpty();
        assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).noneMatch(c -> c.startsWith("JSESSIONID"));
        return result;
    }

    private MvcResult page(String path) throws Exception {
        MvcResult result = perform(get(path));
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result;
    }

    private Document document(String path) throws Exception {
        return Jsoup.parse(body(page(path)));
    }

    /** Submits the page's form the way a browser would, hidden fields and all, with the given radio choice (or none). */
    private MvcResult submit(String html, String choice) throws Exception {
        HtmlForm form = HtmlForm.only(html);
        assertThat(form.method()).isEqualTo("post");
        MockHttpServletRequestBuilder request = post(form.action());
        for (HtmlForm.Input hidden : form.hidden()) {
            request.param(hidden.name(), hidden.value());
        }
        if (choice != null) {
            assertThat(form.radios("answer")).extracting(HtmlForm.Input::value).contains(choice);
            request.param("answer", choice);
        }
        return perform(request);
    }

    private static String redirectOf(MvcResult result) {
        assertThat(result.getResponse().getStatus()).isEqualTo(303);
        return result.getResponse().getHeader(HttpHeaders.LOCATION);
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }

    private static List<String> checked(String html) {
        return HtmlForm.only(html).radios("answer").stream().filter(HtmlForm.Input::checked).map(HtmlForm.Input::value).toList();
    }

    private String startQuiz() throws Exception {
        String intro = body(page("/decide"));
        assertThat(Jsoup.parse(intro).select("main ol li").eachText()).as("the introduction lists every question")
                .isEqualTo(jdbc.queryForList("SELECT prompt FROM decision_question WHERE model_version = "
                        + "(SELECT MAX(version) FROM scoring_model) ORDER BY position", String.class));
        return redirectOf(submit(intro, null));
    }

    /** Answers every question from the start and returns the verdict's path. */
    private String walk(Map<String, String> answers) throws Exception {
        String location = startQuiz();
        int number = 0;
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            number++;
            Document step = document(location);
            assertThat(step.select("[data-question]").attr("data-question")).isEqualTo(answer.getKey());
            assertThat(step.select(".quiz-progress label").text()).isEqualTo("Question " + number + " of " + keys.size());
            assertThat(step.select("progress").attr("value")).isEqualTo(String.valueOf(number));
            assertThat(step.select("fieldset legend")).hasSize(1);
            for (Element radio : step.select("input[type=radio][name=answer]")) {
                assertThat(step.select("label[for=" + radio.id() + "]")).as("label of %s", radio.id()).hasSize(1);
            }
            location = redirectOf(submit(step.outerHtml(), answer.getValue()));
        }
        assertThat(location).matches(VERDICT_PATH);
        return location;
    }

    /** What the API makes of the same answers. */
    private JsonNode apiVerdict(Map<String, String> answers) throws Exception {
        return JSON.readTree(mvc.perform(post("/api/v1/verdicts").with(Clients.fresh()).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("answers", answers)))).andReturn().getResponse().getContentAsString());
    }

    @Test
    void aReaderWalksFromTheIntroToAVerdictThatExplainsEveryAnswerAndAnotherVisitorSeesTheSameVerdict() throws Exception {
        DecisionStatistics before = quizService.statistics();
        Map<String, String> answers = answers(Map.of(keys.get(1), "yes", keys.get(4), "yes"));
        String verdictPath = walk(answers);
        JsonNode expected = apiVerdict(answers);

        Document verdict = document(verdictPath);
        assertThat(verdict.selectFirst("[data-testid=recommendation]").attr("data-recommendation"))
                .isEqualTo(expected.get("recommendation").asString());
        assertThat(verdict.select("meta[property=og:title]").attr("content")).isNotBlank();
        Element chart = verdict.selectFirst("svg[role=img]");
        assertThat(chart.getElementById(chart.attr("aria-labelledby"))).isNotNull();
        assertThat(chart.select(".chart-value").eachText()).containsExactly(expected.get("scores").get("django").asString(),
                expected.get("scores").get("flask").asString());
        assertThat(verdict.select("[data-testid=reason]").eachAttr("data-question")).isEqualTo(keys);
        for (Map<String, Object> question : jdbc.queryForList("SELECT question_key, compare_anchor, article_slug "
                + "FROM decision_question WHERE model_version = ?", expected.get("modelVersion").asInt())) {
            Element reason = verdict.selectFirst("[data-testid=reason][data-question=" + question.get("question_key") + "]");
            assertThat(reason.select("a").eachAttr("href")).contains("/compare/django-vs-flask#" + question.get("compare_anchor"),
                    "/articles/" + question.get("article_slug"));
        }
        assertThat(verdict.select(".change-list li").eachAttr("data-question")).isEqualTo(keys);
        assertThat(verdict.select(".change-some")).hasSize(expected.get("whatWouldChange").size());
        assertThat(verdict.select("[data-testid=others]")).hasSize(1);
        assertThat(verdict.select("main a").eachAttr("href")).contains("/decide", verdictPath + ".md");
        assertThat(verdict.select(".verdict-fastapi")).hasSize(expected.get("fastApiWorthALook").asBoolean() ? 1 : 0);

        Document anotherVisitor = Jsoup.parse(mvc.perform(get(verdictPath)).andReturn().getResponse().getContentAsString());
        assertThat(anotherVisitor.select("[data-testid=recommendation]").attr("data-recommendation"))
                .isEqualTo(expected.get("recommendation").asString());
        assertThat(anotherVisitor.select("[data-testid=reason]").eachText()).isEqualTo(verdict.select("[data-testid=reason]").eachText());

        DecisionStatistics after = quizService.statistics();
        assertThat(after.quizzesStarted()).isEqualTo(before.quizzesStarted() + 1);
        assertThat(after.quizzesFinished()).isEqualTo(before.quizzesFinished() + 1);
    }

    /** The note about FastAPI is there exactly when the verdict says it is worth a look. */
    @Test
    void theFastApiNoteShowsExactlyWhenTheVerdictSuggestsIt() throws Exception {
        for (String first : List.of("yes", "no")) {
            Map<String, String> answers = answers(Map.of(keys.get(0), first));
            boolean suggested = apiVerdict(answers).get("fastApiWorthALook").asBoolean();

            assertThat(document(walk(answers)).select(".verdict-fastapi")).as("first answer %s", first).hasSize(suggested ? 1 : 0);
        }
    }

    @Test
    void theBackLinkKeepsTheEarlierAnswerAndTheQuizResumesFromItsAddress() throws Exception {
        String first = startQuiz();
        String second = redirectOf(submit(body(page(first)), "yes"));
        String third = redirectOf(submit(body(page(second)), "unsure"));

        Document thirdPage = document(third);
        assertThat(thirdPage.select("a.quiz-back").attr("href")).isEqualTo(second);
        String secondAgain = body(page(second));
        assertThat(Jsoup.parse(secondAgain).select("[data-question]").attr("data-question")).isEqualTo(keys.get(1));
        assertThat(checked(secondAgain)).containsExactly("unsure");

        String firstAgain = body(page(first));
        assertThat(checked(firstAgain)).containsExactly("yes");
        assertThat(Jsoup.parse(firstAgain).select("a.quiz-back")).isEmpty();

        Document resumed = document(third);
        assertThat(resumed.select("[data-question]").attr("data-question")).isEqualTo(keys.get(2));
        assertThat(resumed.select(".quiz-progress label").text()).isEqualTo("Question 3 of " + keys.size());
    }

    @Test
    void aMissingAnswerShowsTheSameQuestionAgainWithAMessage() throws Exception {
        String first = startQuiz();
        MvcResult result = submit(body(page(first)), null);
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        Document refused = Jsoup.parse(body(result));
        assertThat(refused.select("[data-question]").attr("data-question")).isEqualTo(keys.get(0));
        assertThat(refused.select("[role=alert]#answer-error").text()).isNotBlank();
        assertThat(refused.select("fieldset").attr("aria-describedby")).contains("answer-error");
        assertThat(redirectOf(submit(body(result), "no"))).endsWith("/" + keys.get(1));
    }

    /** Two answers that exclude each other: the later one is refused with a way back to the earlier one. */
    @Test
    void anAnswerThatContradictsAnEarlierOneIsRefusedWithALinkToIt() throws Exception {
        Map<String, Object> exclusion = jdbc.queryForMap("SELECT later.question_key AS later_key, earlier.question_key AS earlier_key "
                + "FROM decision_question later JOIN decision_question earlier ON earlier.question_key = later.excludes_key "
                + "AND earlier.model_version = later.model_version WHERE later.model_version = (SELECT MAX(version) FROM scoring_model) "
                + "AND earlier.position < later.position ORDER BY later.position LIMIT 1");
        String location = startQuiz();
        String earlierPath = null;
        while (!location.endsWith("/" + exclusion.get("later_key"))) {
            boolean earlier = location.endsWith("/" + exclusion.get("earlier_key"));
            if (earlier) {
                earlierPath = location;
            }
            location = redirectOf(submit(body(page(location)), earlier ? "yes" : "no"));
        }

        MvcResult refused = submit(body(page(location)), "yes");

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(body(refused));
        assertThat(page.select("[data-question]").attr("data-question")).isEqualTo(exclusion.get("later_key"));
        assertThat(page.select("#answer-error p").first().text()).isNotBlank();
        assertThat(page.select("#answer-error a").attr("href")).isEqualTo(earlierPath);
        assertThat(checked(body(refused))).as("the refused choice is kept").containsExactly("yes");
        assertThat(checked(body(page(earlierPath)))).containsExactly("yes");
        assertThat(checked(body(page(location)))).as("nothing was stored for the refused question").isEmpty();

        assertThat(redirectOf(submit(body(refused), "no"))).doesNotEndWith("/" + exclusion.get("later_key"));
    }

    @Test
    void resubmittingTheLastAnswerGivesTheSameVerdictAndChangingAnAnswerGivesANewOne() throws Exception {
        String location = startQuiz();
        for (int i = 0; i < keys.size() - 1; i++) {
            location = redirectOf(submit(body(page(location)), "no"));
        }
        String lastQuestion = location;
        String lastPage = body(page(lastQuestion));
        String verdict = redirectOf(submit(lastPage, "yes"));
        assertThat(redirectOf(submit(lastPage, "yes"))).isEqualTo(verdict);

        String changed = redirectOf(submit(body(page(lastQuestion)), "no"));

        assertThat(changed).isNotEqualTo(verdict).matches(VERDICT_PATH);
        String last = "[data-testid=reason][data-question=" + keys.get(keys.size() - 1) + "] .reason-answer";
        assertThat(document(changed).select(last).text()).isNotEqualTo(document(verdict).select(last).text());
    }

    @Test
    void unknownOrMalformedIdsAndKeysAreNotFound() throws Exception {
        String first = startQuiz();
        List<String> missing = List.of("/decide/AAAAAAAAAAAAAAAAAAAAAA/" + keys.get(0), "/decide/not-a-quiz/" + keys.get(0),
                "/decide/" + "x".repeat(300) + "/" + keys.get(0), first.replace("/" + keys.get(0), "/colour"),
                "/verdict/AAAAAAAAAAAAAAAAAAAAAA", "/verdict/" + "A".repeat(23), "/verdict/short", "/verdict/AAAAAAAAAAAAAAAAAAAAAA.md");
        for (String path : missing) {
            MvcResult result = mvc.perform(get(path)).andReturn();
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
        }
        assertThat(mvc.perform(post("/decide/AAAAAAAAAAAAAAAAAAAAAA/" + keys.get(0)).with(PageToken.reader(mvc))
                .param("answer", "yes")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theVerdictDownloadsAsAMarkdownDecisionRecordWithEveryQuestionAndItsAnswer() throws Exception {
        Map<String, String> answers = answers(Map.of(keys.get(1), "yes", keys.get(4), "unsure"));
        String verdictPath = walk(answers);

        MvcResult result = page(verdictPath + ".md");

        assertThat(result.getResponse().getContentType()).isEqualTo("text/markdown;charset=UTF-8");
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"django-or-flask-decision.md\"");
        String record = body(result);
        assertThat(record).startsWith("# ");
        List<String> headings = record.lines().filter(line -> line.startsWith("## ")).toList();
        assertThat(headings).containsSubsequence("## Context", "## Decision", "## Reasons", "## Consequences", "## Sources");
        for (String key : keys) {
            Map<String, Object> question = jdbc.queryForMap("SELECT q.prompt, o.label FROM decision_question q "
                    + "JOIN decision_answer_option o ON o.question_id = q.id WHERE q.question_key = ? AND o.answer_value = ? "
                    + "AND q.model_version = (SELECT MAX(version) FROM scoring_model)", key, answers.get(key));
            assertThat(record).as("the context row of %s", key).contains("| " + question.get("prompt") + " | " + question.get("label") + " |");
        }
        List<String> sources = record.lines().dropWhile(line -> !line.equals("## Sources")).skip(1)
                .filter(line -> !line.isBlank()).toList();
        assertThat(sources).anyMatch(line -> line.matches("(- )?S\\d+: .+"));
        assertThat(record).contains("/compare/django-vs-flask");
    }

    @Test
    void peopleWhoAnsweredAlikeAreShownOnlyFromTenEarlierVerdicts() throws Exception {
        Map<String, String> rare = answers(Map.of(keys.get(0), "unsure", keys.get(1), "unsure", keys.get(3), "unsure",
                keys.get(5), "unsure"));
        String id = null;
        for (int i = 0; i < 10; i++) {
            id = verdictService.create(rare, List.of()).id();
        }
        assertThat(document("/verdict/" + id).select("[data-testid=same-answers]")).isEmpty();

        Element alike = document(walk(rare)).selectFirst("[data-testid=same-answers]");

        assertThat(alike.attr("data-total")).isEqualTo("10");
        assertThat(alike.text()).as("ten verdicts from the same model and answers all recommend alike").contains("100%");
    }
}
