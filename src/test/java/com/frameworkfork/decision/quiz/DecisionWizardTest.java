package com.frameworkfork.decision.quiz;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpSession;

import com.frameworkfork.decision.verdict.VerdictService;
import com.frameworkfork.support.Clients;
import com.frameworkfork.support.HtmlForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Walks the questionnaire like a browser without JavaScript: read the page, fill in its form, follow the redirect. */
@SpringBootTest
@AutoConfigureMockMvc
class DecisionWizardTest {

    private static final Pattern BACK_LINK = Pattern.compile("<a class=\"quiz-back\"\\s+href=\"([^\"]+)\"");
    private static final Pattern VERDICT_PATH = Pattern.compile("/verdict/[A-Za-z0-9_-]{22}");

    @Autowired
    MockMvc mvc;

    @Autowired
    VerdictService verdictService;

    /** One reader per test, at an address of its own, as with any reader's own allowance. */
    private final RequestPostProcessor reader = Clients.fresh();

    @Autowired
    QuizService quizService;

    /** The reader's answers in question order; every page must ask them in this order. */
    private static Map<String, String> answers(String api, String admin, String solo, String team, String growth,
                                               String learning) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("api", api);
        answers.put("admin", admin);
        answers.put("solo", solo);
        answers.put("team", team);
        answers.put("growth", growth);
        answers.put("learning", learning);
        return answers;
    }

    private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request.with(reader)).andReturn();
        HttpSession session = result.getRequest().getSession(false);
        List<String> stored = session == null ? List.of() : Collections.list(session.getAttributeNames());
        // spring-security-test's csrf() keeps its own token in the mock session; the app's is a cookie.
        assertThat(stored).as("nothing kept in the HTTP session")
                .allMatch(name -> name.startsWith(HttpSessionCsrfTokenRepository.class.getName()));
        assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).noneMatch(c -> c.startsWith("JSESSIONID"));
        return result;
    }

    private MvcResult page(String path) throws Exception {
        MvcResult result = perform(get(path));
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result;
    }

    /** Submits the page's form the way a browser would, with the given radio choice (or none). */
    private MvcResult submit(String html, String choice) throws Exception {
        HtmlForm form = HtmlForm.only(html);
        assertThat(form.method()).isEqualTo("post");
        MockHttpServletRequestBuilder request = post(form.action()).with(csrf());
        for (HtmlForm.Input hidden : form.hidden()) {
            if (!hidden.name().equals("_csrf")) {
                request.param(hidden.name(), hidden.value());
            }
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

    private String startQuiz() throws Exception {
        String intro = body(page("/decide"));
        assertThat(intro).contains("<h1>").contains("<li>Is your project a single-purpose API?</li>");
        return redirectOf(submit(intro, null));
    }

    /** Answers every question from the start and returns the verdict's path. */
    private String walk(Map<String, String> answers) throws Exception {
        String location = startQuiz();
        int number = 0;
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            number++;
            String html = body(page(location));
            assertThat(html).contains("data-question=\"" + answer.getKey() + "\"")
                    .contains("Question " + number + " of 6")
                    .contains("<progress")
                    .contains("<fieldset").contains("<legend>");
            for (HtmlForm.Input radio : HtmlForm.only(html).radios("answer")) {
                assertThat(html).contains("<label for=\"answer-" + radio.value() + "\"")
                        .contains("id=\"answer-" + radio.value() + "\"");
            }
            location = redirectOf(submit(html, answer.getValue()));
        }
        assertThat(location).matches(VERDICT_PATH);
        return location;
    }

    @Test
    void aReaderWalksFromTheIntroToAVerdictAndAnotherVisitorSeesTheSameVerdict() throws Exception {
        DecisionStatistics before = quizService.statistics();
        String verdictPath = walk(answers("no", "yes", "no", "yes", "yes", "no"));

        String verdict = body(page(verdictPath));
        assertThat(verdict).contains("data-testid=\"recommendation\" data-recommendation=\"DJANGO\"")
                .contains("Our verdict: Django, with a strong lean")
                .contains("property=\"og:title\"")
                .contains("role=\"img\" aria-labelledby=\"score-chart-title\"")
                .contains("Scores: Django 9, Flask 0")
                .contains("href=\"/compare/django-vs-flask#admin-and-auth\"")
                .contains("href=\"/articles/what-each-framework-gives-you\"")
                .contains("What would change the verdict")
                .contains("who makes the structural choices")
                .contains("What others chose")
                .contains("href=\"/decide\"")
                .contains("href=\"" + verdictPath + ".md\"")
                .doesNotContain("A third option worth a look");
        assertThat(verdict.split("data-testid=\"reason\"", -1)).hasSize(7);

        String anotherVisitor = body(page(verdictPath));
        assertThat(anotherVisitor).contains("data-recommendation=\"DJANGO\"");

        DecisionStatistics after = quizService.statistics();
        assertThat(after.quizzesStarted()).isEqualTo(before.quizzesStarted() + 1);
        assertThat(after.quizzesFinished()).isEqualTo(before.quizzesFinished() + 1);
        assertThat(after.django()).isEqualTo(before.django() + 1);
    }

    @Test
    void anApiOnlyProjectGetsFlaskAndAFastApiNote() throws Exception {
        String verdict = body(page(walk(answers("yes", "no", "yes", "no", "no", "unsure"))));
        assertThat(verdict).contains("data-recommendation=\"FLASK\"")
                .contains("A third option worth a look: FastAPI");
    }

    @Test
    void theBackLinkKeepsTheEarlierAnswerAndTheQuizResumesFromItsAddress() throws Exception {
        String first = startQuiz();
        String second = redirectOf(submit(body(page(first)), "yes"));
        String third = redirectOf(submit(body(page(second)), "unsure"));

        String thirdPage = body(page(third));
        Matcher back = BACK_LINK.matcher(thirdPage);
        assertThat(back.find()).isTrue();
        assertThat(back.group(1)).isEqualTo(second);
        String secondAgain = body(page(back.group(1)));
        assertThat(secondAgain).contains("data-question=\"admin\"");
        assertThat(HtmlForm.only(secondAgain).radios("answer"))
                .filteredOn(HtmlForm.Input::checked).extracting(HtmlForm.Input::value).containsExactly("unsure");

        String firstAgain = body(page(first));
        assertThat(HtmlForm.only(firstAgain).radios("answer"))
                .filteredOn(HtmlForm.Input::checked).extracting(HtmlForm.Input::value).containsExactly("yes");
        assertThat(BACK_LINK.matcher(firstAgain).find()).isFalse();

        String resumed = body(page(third));
        assertThat(resumed).contains("data-question=\"solo\"").contains("Question 3 of 6");
    }

    @Test
    void aMissingAnswerShowsTheSameQuestionAgainWithAMessage() throws Exception {
        String first = startQuiz();
        MvcResult result = submit(body(page(first)), null);
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(result)).contains("data-question=\"api\"")
                .contains(QuizService.MISSING_ANSWER)
                .contains("role=\"alert\"");
        assertThat(redirectOf(submit(body(result), "no"))).endsWith("/admin");
    }

    @Test
    void onlyDeveloperAndSeveralDevelopersCannotBothBeYes() throws Exception {
        String location = startQuiz();
        location = redirectOf(submit(body(page(location)), "no"));
        location = redirectOf(submit(body(page(location)), "no"));
        String soloPath = location;
        location = redirectOf(submit(body(page(location)), "yes"));

        MvcResult refused = submit(body(page(location)), "yes");
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(refused)).contains("data-question=\"team\"")
                .contains("cannot also be several developers")
                .contains("href=\"" + soloPath + "\"");
        assertThat(HtmlForm.only(body(refused)).radios("answer"))
                .filteredOn(HtmlForm.Input::checked).extracting(HtmlForm.Input::value).containsExactly("yes");

        assertThat(HtmlForm.only(body(page(soloPath))).radios("answer"))
                .filteredOn(HtmlForm.Input::checked).extracting(HtmlForm.Input::value).containsExactly("yes");
        assertThat(HtmlForm.only(body(page(location))).radios("answer"))
                .filteredOn(HtmlForm.Input::checked).isEmpty();

        assertThat(redirectOf(submit(body(refused), "no"))).endsWith("/growth");
    }

    @Test
    void resubmittingTheLastAnswerGivesTheSameVerdictAndChangingAnAnswerGivesANewOne() throws Exception {
        String location = startQuiz();
        String lastQuestion = null;
        for (String answer : List.of("no", "no", "no", "no", "no")) {
            location = redirectOf(submit(body(page(location)), answer));
        }
        lastQuestion = location;
        String lastPage = body(page(lastQuestion));
        String verdict = redirectOf(submit(lastPage, "yes"));
        assertThat(redirectOf(submit(lastPage, "yes"))).isEqualTo(verdict);

        String changed = redirectOf(submit(body(page(lastQuestion)), "no"));
        assertThat(changed).isNotEqualTo(verdict).matches(VERDICT_PATH);
        assertThat(body(page(changed))).contains("data-recommendation=\"EITHER\"");
        assertThat(body(page(verdict))).contains("data-recommendation=\"FLASK\"");
    }

    @Test
    void aReaderWhoTriesOtherAnswersAndFinishesAgainIsNeverHeldUp() throws Exception {
        for (int quiz = 0; quiz < 3; quiz++) {
            String location = startQuiz();
            for (String answer : List.of("no", "yes", "no", "yes", "unsure")) {
                location = redirectOf(submit(body(page(location)), answer));
            }
            String lastQuestion = location;
            for (String last : List.of("yes", "no", "unsure", "yes")) {
                assertThat(redirectOf(submit(body(page(lastQuestion)), last))).matches(VERDICT_PATH);
            }
            // Back to the first question to change it, then forward to the end again.
            String first = lastQuestion.replaceAll("/[a-z]+$", "/api");
            String next = redirectOf(submit(body(page(first)), "unsure"));
            assertThat(next).endsWith("/admin");
            assertThat(redirectOf(submit(body(page(lastQuestion)), "no"))).matches(VERDICT_PATH);
        }
    }

    @Test
    void unknownOrMalformedIdsAndKeysAreNotFound() throws Exception {
        String first = startQuiz();
        List<String> missing = List.of("/decide/AAAAAAAAAAAAAAAAAAAAAA/api", "/decide/not-a-quiz/api",
                "/decide/" + "x".repeat(300) + "/api", first.replace("/api", "/colour"),
                "/verdict/AAAAAAAAAAAAAAAAAAAAAA", "/verdict/" + "A".repeat(23), "/verdict/short", "/verdict/AAAAAAAAAAAAAAAAAAAAAA.md");
        for (String path : missing) {
            MvcResult result = mvc.perform(get(path)).andReturn();
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
        }
        MvcResult post = mvc.perform(post("/decide/AAAAAAAAAAAAAAAAAAAAAA/api").with(csrf()).param("answer", "yes"))
                .andReturn();
        assertThat(post.getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theVerdictDownloadsAsAMarkdownDecisionRecord() throws Exception {
        String verdictPath = walk(answers("no", "yes", "no", "no", "unsure", "no"));
        MvcResult result = page(verdictPath + ".md");
        assertThat(result.getResponse().getContentType()).isEqualTo("text/markdown;charset=UTF-8");
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"django-or-flask-decision.md\"");
        assertThat(body(result)).startsWith("# Use Django for this project")
                .contains("## Context", "| Does it need an admin interface? | Yes |", "## Decision",
                        "We will use Django: our answers show a clear lean toward it (Django 3, Flask 0).", "## Reasons", "## Consequences", "## Sources", "S1:",
                        "/compare/django-vs-flask", "If the answer were No, neither framework would have a real edge.");
    }

    @Test
    void peopleWhoAnsweredAlikeAreShownOnlyFromTenEarlierVerdicts() throws Exception {
        Map<String, String> rare = answers("unsure", "unsure", "no", "unsure", "no", "unsure");
        String id = null;
        for (int i = 0; i < 10; i++) {
            id = verdictService.create(rare, List.of()).id();
        }
        assertThat(body(page("/verdict/" + id))).doesNotContain("People who answered exactly like you");
        String eleventh = walk(rare);
        assertThat(body(page(eleventh))).contains("People who answered exactly like you (10 earlier verdicts)")
                .contains("0% Django, 0% Flask, 100% either.");
    }
}
