package com.frameworkfork.decision.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpSession;

import com.frameworkfork.decision.questionnaire.Questionnaire;
import com.frameworkfork.decision.questionnaire.Questionnaires;
import com.frameworkfork.decision.scoring.Answer;
import com.frameworkfork.decision.scoring.Scorer;
import com.frameworkfork.decision.scoring.ScoringResult;
import com.frameworkfork.decision.verdict.VerdictService;
import com.frameworkfork.support.Admin;
import com.frameworkfork.support.Clients;
import com.frameworkfork.support.HtmlForm;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Walks the questionnaire like a browser without JavaScript: read the page, fill in its form, follow
 * the redirect. The questions asked follow the published model's rules (a question made moot is
 * skipped, a close call brings in the tie-break), and the verdict shows what that model says.
 */
@SiteTest
class DecisionWizardTest {

    private static final Pattern BACK_LINK = Pattern.compile("<a class=\"quiz-back\"\\s+href=\"([^\"]+)\"");
    private static final Pattern VERDICT_PATH = Pattern.compile("/verdict/[A-Za-z0-9_-]{22}");
    private static final Pattern PROGRESS = Pattern.compile("Question (\\d+) of (\\d+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    VerdictService verdictService;

    @Autowired
    QuizService quizService;

    @Autowired
    Questionnaires questionnaires;

    /** One reader per test, at an address of its own, as with any reader's own allowance. */
    private final RequestPostProcessor reader = Clients.fresh();

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

    private static Map<String, String> and(Map<String, String> answers, String key, String answer) {
        Map<String, String> more = new LinkedHashMap<>(answers);
        more.put(key, answer);
        return more;
    }

    private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request.with(reader)).andReturn();
        HttpSession session = result.getRequest().getSession(false);
        List<String> stored = session == null ? List.of() : Collections.list(session.getAttributeNames());
        assertThat(stored).as("nothing kept in the HTTP session").isEmpty();
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
        MockHttpServletRequestBuilder request = post(form.action()).with(PageToken.reader(mvc));
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

    private static String keyOf(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private String startQuiz() throws Exception {
        String intro = body(page("/decide"));
        Document document = Jsoup.parse(intro);
        assertThat(document.select(".quiz-topics li")).extracting(Element::text)
                .containsExactlyElementsOf(questionnaires.current().coreQuestions().stream()
                        .map(Questionnaire.QuestionText::prompt).toList());
        assertThat(document.select("[data-testid=edit-link]")).as("readers see no edit link").isEmpty();
        return redirectOf(submit(intro, null));
    }

    /**
     * Answers each question the quiz asks from {@code answers} and returns the verdict's path and
     * the questions asked, in order; every question asked must have an answer in the map.
     */
    private Walk walk(Map<String, String> answers) throws Exception {
        String location = startQuiz();
        String quiz = location.substring(0, location.lastIndexOf('/'));
        List<String> asked = new ArrayList<>();
        while (!VERDICT_PATH.matcher(location).matches()) {
            String html = body(page(location));
            String key = keyOf(location);
            assertThat(asked).as("no question is asked twice").doesNotContain(key);
            asked.add(key);
            assertThat(html).contains("data-question=\"" + key + "\"").contains("<progress").contains("<fieldset")
                    .contains("<legend>");
            Matcher progress = PROGRESS.matcher(html);
            assertThat(progress.find()).isTrue();
            assertThat(Integer.parseInt(progress.group(1))).isEqualTo(asked.size());
            assertThat(Integer.parseInt(progress.group(2))).isGreaterThanOrEqualTo(asked.size());
            for (HtmlForm.Input radio : HtmlForm.only(html).radios("answer")) {
                assertThat(html).contains("<label for=\"answer-" + radio.value() + "\"")
                        .contains("id=\"answer-" + radio.value() + "\"");
            }
            assertThat(answers).as("the quiz asks %s", key).containsKey(key);
            location = redirectOf(submit(html, answers.get(key)));
        }
        return new Walk(quiz, location, asked);
    }

    /** @param quiz the quiz's own address, under which each question lives */
    private record Walk(String quiz, String verdict, List<String> asked) {
    }

    private ScoringResult expected(Map<String, String> answers) {
        Questionnaire current = questionnaires.current();
        Map<String, Answer> given = new LinkedHashMap<>();
        answers.forEach((k, v) -> given.put(k, Answer.parse(v).orElseThrow()));
        return Scorer.score(current.model(), Scorer.applying(current.model(), given));
    }

    private Document verdict(String path) throws Exception {
        return Jsoup.parse(body(page(path)));
    }

    @Test
    void aReaderWalksFromTheIntroToAVerdictExplainedByTheCurrentModel() throws Exception {
        DecisionStatistics before = quizService.statistics();
        Map<String, String> answers = answers("no", "yes", "no", "yes", "yes", "no");
        Walk walk = walk(answers);
        ScoringResult result = expected(answers);

        Document verdict = verdict(walk.verdict());
        assertThat(verdict.selectFirst("[data-testid=recommendation]").attr("data-recommendation"))
                .isEqualTo(result.recommendation().name());
        assertThat(verdict.select("[data-testid=reason]")).extracting(e -> e.attr("data-question"))
                .containsExactlyElementsOf(walk.asked());
        assertThat(verdict.select("meta[property=og:title]")).isNotEmpty();
        assertThat(verdict.select("svg[role=img][aria-labelledby=score-chart-title]")).hasSize(1);
        assertThat(verdict.select("[data-testid=edit-link]")).as("readers see no edit link").isEmpty();
        for (Element link : verdict.select(".reason-links a")) {
            String href = link.attr("href");
            assertThat(mvc.perform(get(href.replaceAll("#.*", ""))).andReturn().getResponse().getStatus())
                    .as("the reason's link %s leads to a page", href).isEqualTo(200);
        }
        assertThat(verdict.select(".reason-links a[href^=/compare/]")).hasSize(walk.asked().size());
        assertThat(verdict.select(".reason-links a[href^=/articles/]")).hasSize(walk.asked().size());
        assertThat(verdict.select("a[href=/decide]")).isNotEmpty();
        assertThat(verdict.select("a[href=" + walk.verdict() + ".md]")).hasSize(1);

        assertThat(verdict(walk.verdict()).selectFirst("[data-testid=recommendation]").attr("data-recommendation"))
                .as("another visitor sees the same verdict").isEqualTo(result.recommendation().name());
        DecisionStatistics after = quizService.statistics();
        assertThat(after.quizzesStarted()).isEqualTo(before.quizzesStarted() + 1);
        assertThat(after.quizzesFinished()).isEqualTo(before.quizzesFinished() + 1);
        assertThat(after.totalVerdicts()).isEqualTo(before.totalVerdicts() + 1);
    }

    @Test
    void eachBadgeAndTheOverallLeanUseTheModelsWordsForTheirAmounts() throws Exception {
        for (Map<String, String> answers : List.of(answers("yes", "no", "yes", "no", "no", "yes"),
                answers("no", "yes", "no", "no", "no", "no"), and(answers("no", "no", "no", "no", "no", "no"), "decisions", "yes"))) {
            ScoringResult result = expected(answers);
            Document verdict = verdict(walk(answers).verdict());
            assertThat(verdict.selectFirst("[data-testid=lean]").text()).containsIgnoringCase(result.strength().lean());
            var model = questionnaires.current().model();
            for (Element badge : verdict.select("[data-testid=reason] [data-testid=strength]")) {
                String key = badge.closest("[data-testid=reason]").attr("data-question");
                int weight = result.reason(key).orElseThrow().weight();
                assertThat(badge.attr("data-strength")).as(key).isEqualTo(model.strength(weight).word());
            }
        }
    }

    @Test
    void theOnlyDeveloperIsNotAskedAboutATeamAndTheVerdictShowsItSkipped() throws Exception {
        Map<String, String> answers = answers("no", "no", "yes", "no", "no", "yes");
        Walk walk = walk(answers);
        assertThat(walk.asked()).doesNotContain("team").contains("solo", "growth");

        Document verdict = verdict(walk.verdict());
        Element team = verdict.selectFirst("[data-testid=reason][data-question=team]");
        assertThat(team).isNotNull();
        assertThat(team.attr("data-status")).isEqualTo("skipped");
        assertThat(team.select("[data-testid=skipped]")).hasSize(1);
        assertThat(verdict.select(".change-list li[data-question=team] .change-some")).isEmpty();
    }

    @Test
    void changingTheOnlyDeveloperAnswerBackAsksAboutTheTeamAgain() throws Exception {
        String location = startQuiz();
        for (String answer : List.of("no", "no")) {
            location = redirectOf(submit(body(page(location)), answer));
        }
        String solo = location;
        String team = redirectOf(submit(body(page(solo)), "no"));
        assertThat(keyOf(team)).isEqualTo("team");
        String afterTeam = redirectOf(submit(body(page(team)), "yes"));

        String skipping = redirectOf(submit(body(page(solo)), "yes"));
        assertThat(keyOf(skipping)).isNotEqualTo("team");
        assertThat(redirectOf(perform(get(team)))).as("the team page leads on while it is moot").doesNotEndWith("/team");
        Matcher back = BACK_LINK.matcher(body(page(skipping)));
        assertThat(back.find()).isTrue();
        assertThat(back.group(1)).isEqualTo(solo);

        assertThat(redirectOf(submit(body(page(solo)), "no"))).isEqualTo(team);
        assertThat(HtmlForm.only(body(page(team))).radios("answer")).filteredOn(HtmlForm.Input::checked)
                .as("the moot answer was dropped, so it is asked afresh").isEmpty();
        assertThat(keyOf(afterTeam)).isEqualTo(keyOf(skipping));
    }

    @Test
    void aCloseCallBringsInTheTieBreakWhichSettlesIt() throws Exception {
        Map<String, String> nothing = answers("no", "no", "no", "no", "no", "no");
        assertThat(expected(nothing).reason("decisions").orElseThrow().status().value()).isEqualTo("unanswered");

        Walk ownDecisions = walk(and(nothing, "decisions", "yes"));
        assertThat(ownDecisions.asked()).endsWith("decisions");
        Walk madeForMe = walk(and(nothing, "decisions", "no"));
        String flask = verdict(ownDecisions.verdict()).selectFirst("[data-testid=recommendation]").attr("data-recommendation");
        String django = verdict(madeForMe.verdict()).selectFirst("[data-testid=recommendation]").attr("data-recommendation");
        assertThat(flask).isEqualTo(expected(and(nothing, "decisions", "yes")).recommendation().name()).isEqualTo("FLASK");
        assertThat(django).isEqualTo(expected(and(nothing, "decisions", "no")).recommendation().name()).isEqualTo("DJANGO");
        assertThat(verdict(madeForMe.verdict()).selectFirst("[data-testid=reason][data-question=decisions]").attr("data-status"))
                .isEqualTo("answered");
    }

    @Test
    void aClearLeanNeverAsksTheTieBreakAndItsPageLeadsOn() throws Exception {
        Walk walk = walk(answers("no", "yes", "no", "no", "no", "no"));
        assertThat(walk.asked()).doesNotContain("decisions");
        Document verdict = verdict(walk.verdict());
        assertThat(verdict.select("[data-testid=reason][data-question=decisions]")).isEmpty();
        assertThat(verdict.select("[data-testid=not-asked][data-question=decisions]")).hasSize(1);

        String location = startQuiz();
        String tieBreak = location.replaceAll("/[a-z]+$", "/decisions");
        assertThat(redirectOf(perform(get(tieBreak)))).isEqualTo(location);
        assertThat(redirectOf(perform(post(tieBreak).with(PageToken.reader(mvc)).param("answer", "yes")))).isEqualTo(location);
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
        assertThat(HtmlForm.only(secondAgain).radios("answer"))
                .filteredOn(HtmlForm.Input::checked).extracting(HtmlForm.Input::value).containsExactly("unsure");

        String firstAgain = body(page(first));
        assertThat(HtmlForm.only(firstAgain).radios("answer"))
                .filteredOn(HtmlForm.Input::checked).extracting(HtmlForm.Input::value).containsExactly("yes");
        assertThat(BACK_LINK.matcher(firstAgain).find()).isFalse();

        Matcher resumed = PROGRESS.matcher(body(page(third)));
        assertThat(resumed.find()).isTrue();
        assertThat(resumed.group(1)).isEqualTo("3");
    }

    /** Post-redirect-get for a refused step too, so the browser's Back button never offers to resend a form. */
    @Test
    void aMissingAnswerRedirectsBackToTheQuestionWhichShowsTheErrorBesideIt() throws Exception {
        String first = startQuiz();
        String second = redirectOf(submit(body(page(first)), "yes"));
        MvcResult refused = submit(body(page(second)), null);
        String back = redirectOf(refused);
        assertThat(back.replaceAll("[?#].*$", "")).isEqualTo(second);

        Document again = Jsoup.parse(body(page(back)));
        Element step = again.selectFirst(".quiz-step[data-question=" + keyOf(second) + "]");
        Element error = step.selectFirst("[role=alert]");
        assertThat(error).as("the error is shown with the question").isNotNull();
        assertThat(step.selectFirst("fieldset").attr("aria-describedby")).contains(error.id());
        assertThat(Jsoup.parse(body(page(second))).select("[role=alert]")).as("only after a refusal").isEmpty();
        assertThat(Jsoup.parse(body(page(first))).selectFirst("input[name=answer][checked]").val())
                .as("the earlier answer is kept").isEqualTo("yes");
        assertThat(keyOf(redirectOf(submit(body(page(back)), "no")))).isNotEqualTo(keyOf(second));
    }

    @Test
    void resubmittingTheLastAnswerGivesTheSameVerdictAndChangingAnAnswerGivesANewOne() throws Exception {
        Walk walk = walk(answers("no", "no", "no", "no", "no", "yes"));
        String learning = walk.quiz() + "/learning";
        assertThat(redirectOf(submit(body(page(learning)), "yes"))).isEqualTo(walk.verdict());

        String closeCall = redirectOf(submit(body(page(learning)), "no"));
        assertThat(keyOf(closeCall)).isEqualTo("decisions");
        String changed = redirectOf(submit(body(page(closeCall)), "yes"));
        assertThat(changed).matches(VERDICT_PATH).isNotEqualTo(walk.verdict());
        assertThat(redirectOf(submit(body(page(learning)), "yes"))).as("the same answers again").isEqualTo(walk.verdict());
    }

    @Test
    void aReaderWhoTriesOtherAnswersAndFinishesAgainIsNeverHeldUp() throws Exception {
        for (int quiz = 0; quiz < 3; quiz++) {
            String location = startQuiz();
            String quizPath = location.substring(0, location.lastIndexOf('/'));
            for (String answer : List.of("no", "yes", "no", "yes", "unsure", "yes")) {
                location = redirectOf(submit(body(page(location)), answer));
            }
            assertThat(location).matches(VERDICT_PATH);
            for (String last : List.of("yes", "no", "unsure", "yes")) {
                assertThat(redirectOf(submit(body(page(quizPath + "/learning")), last))).matches(VERDICT_PATH);
            }
            String next = redirectOf(submit(body(page(quizPath + "/api")), "unsure"));
            assertThat(keyOf(next)).isEqualTo("admin");
            assertThat(redirectOf(submit(body(page(quizPath + "/learning")), "no"))).matches(VERDICT_PATH);
        }
    }

    @Test
    void unknownOrMalformedIdsAndKeysAreNotFound() throws Exception {
        String first = startQuiz();
        List<String> missing = List.of("/decide/AAAAAAAAAAAAAAAAAAAAAA/api", "/decide/not-a-quiz/api",
                "/decide/" + "x".repeat(300) + "/api", first.replaceAll("/[a-z]+$", "/colour"),
                "/verdict/AAAAAAAAAAAAAAAAAAAAAA", "/verdict/" + "A".repeat(23), "/verdict/short", "/verdict/AAAAAAAAAAAAAAAAAAAAAA.md");
        for (String path : missing) {
            MvcResult result = mvc.perform(get(path)).andReturn();
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
        }
        MvcResult post = mvc.perform(post("/decide/AAAAAAAAAAAAAAAAAAAAAA/api").with(PageToken.reader(mvc)).param("answer", "yes"))
                .andReturn();
        assertThat(post.getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void thirdOptionsAndNextStepsAreThoseTheModelGivesForTheAnswers() throws Exception {
        Questionnaire current = questionnaires.current();
        for (Map<String, String> answers : List.of(answers("yes", "no", "yes", "no", "no", "unsure"),
                answers("yes", "yes", "no", "no", "no", "no"), answers("no", "no", "no", "no", "no", "yes"))) {
            ScoringResult result = expected(answers);
            Document verdict = verdict(walk(answers).verdict());
            assertThat(verdict.select("[data-testid=third-option]")).extracting(e -> e.attr("data-framework"))
                    .containsExactlyElementsOf(current.thirdOptionsFor(result).stream()
                            .map(Questionnaire.ThirdOption::framework).toList());
            for (Element option : verdict.select("[data-testid=third-option]")) {
                assertThat(option.select(".citations a, .citations span")).as("a third option cites its sources").isNotEmpty();
            }
            Questionnaire.Advice advice = current.nextStepsFor(result);
            assertThat(verdict.select("[data-testid=tutorial] a")).extracting(e -> e.attr("href"))
                    .isNotEmpty().containsExactlyElementsOf(advice.tutorials().stream().map(Questionnaire.Tutorial::url).toList());
            assertThat(verdict.select("[data-testid=package] a")).extracting(e -> e.attr("href"))
                    .isNotEmpty().containsExactlyElementsOf(advice.packages().stream().map(Questionnaire.PackageStep::url).toList());
        }
        Document apiWithAdmin = verdict(walk(answers("yes", "yes", "no", "no", "no", "no")).verdict());
        assertThat(apiWithAdmin.selectFirst("[data-testid=recommendation]").attr("data-recommendation")).isEqualTo("DJANGO");
        assertThat(apiWithAdmin.select("[data-testid=third-option][data-framework=fastapi]"))
                .as("FastAPI is not offered to an API that needs an admin").isEmpty();
    }

    @Test
    void theVerdictDownloadsAsAMarkdownDecisionRecordOfWhatThePageShows() throws Exception {
        Walk walk = walk(answers("yes", "no", "yes", "no", "no", "no"));
        Document page = verdict(walk.verdict());
        MvcResult result = page(walk.verdict() + ".md");
        assertThat(result.getResponse().getContentType()).isEqualTo("text/markdown;charset=UTF-8");
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"django-or-flask-decision.md\"");
        String record = body(result);
        assertThat(record).startsWith("# ").contains("## Context", "## Decision", "## Reasons", "## Next steps",
                "## Consequences", "## Sources");
        for (Element reason : page.select("[data-testid=reason] .reason-question")) {
            assertThat(record).contains(reason.text());
        }
        for (Element link : page.select("[data-testid=next-steps] a")) {
            assertThat(record).contains(link.attr("href"));
        }
        for (Element option : page.select("[data-testid=third-option]")) {
            assertThat(record).contains(option.selectFirst("h2").text());
            for (Element source : option.select(".citations a")) {
                assertThat(record).contains(source.attr("href"));
            }
        }
        for (Element link : page.select(".reason-links a")) {
            assertThat(record).contains(link.attr("href"));
        }
    }

    @Test
    void aSignedInEditorGetsALinkFromEachReasonToItsEditScreen() throws Exception {
        Walk walk = walk(answers("no", "yes", "no", "no", "no", "yes"));
        assertThat(verdict(walk.verdict()).select("[data-testid=edit-link]")).as("a reader's view, before").isEmpty();
        MvcResult asEditor = mvc.perform(get(walk.verdict()).with(Admin.admin())).andReturn();
        Document page = Jsoup.parse(body(asEditor));
        for (Element reason : page.select("[data-testid=reason]")) {
            Element edit = reason.selectFirst("[data-testid=edit-link]");
            assertThat(edit).as(reason.attr("data-question")).isNotNull();
            assertThat(mvc.perform(get(edit.attr("href")).with(Admin.admin())).andReturn().getResponse().getStatus())
                    .isEqualTo(200);
        }
        assertThat(verdict(walk.verdict()).select("[data-testid=edit-link]")).as("a reader's view, after").isEmpty();
    }

    /**
     * Other tests of this application may have given the same answers a few times, so verdicts are added
     * until the split first shows: it must show then, and only then, with exactly ten earlier verdicts.
     */
    @Test
    void peopleWhoAnsweredAlikeAreShownOnlyFromTenEarlierVerdicts() throws Exception {
        Map<String, String> rare = answers("unsure", "unsure", "no", "unsure", "no", "yes");
        Element same = null;
        for (int made = 1; same == null; made++) {
            assertThat(made).as("verdicts made before the split shows").isLessThanOrEqualTo(11);
            same = verdict("/verdict/" + verdictService.create(rare, List.of()).id()).selectFirst("[data-testid=same-answers]");
        }
        assertThat(same.attr("data-total")).isEqualTo("10");

        Element fromTheQuiz = verdict(walk(rare).verdict()).selectFirst("[data-testid=same-answers]");
        assertThat(fromTheQuiz).isNotNull();
        assertThat(fromTheQuiz.attr("data-total")).as("every earlier verdict, the one that first showed the split too")
                .isEqualTo("11");
    }
}
