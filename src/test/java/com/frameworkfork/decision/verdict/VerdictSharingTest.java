package com.frameworkfork.decision.verdict;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import com.frameworkfork.decision.questionnaire.Questionnaire;
import com.frameworkfork.decision.questionnaire.Questionnaires;
import com.frameworkfork.decision.scoring.Answer;
import com.frameworkfork.decision.scoring.Scorer;
import com.frameworkfork.decision.scoring.ScoringResult;
import com.frameworkfork.support.Clients;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.SiteTest;
import com.frameworkfork.web.SiteProperties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A verdict as readers pass it on and come back to it: its preview image, its address, trying one
 * answer changed, and starting again from its answers; and the home page's example of one.
 */
@SiteTest
class VerdictSharingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    VerdictService verdicts;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    SiteProperties site;

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
        return mvc.perform(request.with(Clients.fresh())).andReturn();
    }

    private Document page(String path) throws Exception {
        MvcResult result = perform(get(path));
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private String verdictOf(Map<String, String> answers) {
        return verdicts.create(answers, List.of()).id();
    }

    private ScoringResult expected(Map<String, Answer> answers) {
        Questionnaire current = questionnaires.current();
        return Scorer.score(current.model(), Scorer.applying(current.model(), answers));
    }

    private BufferedImage shareImage(Document verdict) throws Exception {
        String url = verdict.selectFirst("meta[property=og:image]").attr("content");
        assertThat(url).startsWith(site.baseUrl());
        MvcResult image = perform(get(url.substring(site.baseUrl().length())));
        assertThat(image.getResponse().getStatus()).isEqualTo(200);
        assertThat(image.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(image.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("max-age=").contains("public");
        return ImageIO.read(new ByteArrayInputStream(image.getResponse().getContentAsByteArray()));
    }

    @Test
    void eachVerdictSharesAPreviewImageOfItsOwnAndAnUnknownOneHasNone() throws Exception {
        Document django = page("/verdict/" + verdictOf(answers("no", "yes", "no", "yes", "yes", "no")));
        Document flask = page("/verdict/" + verdictOf(answers("yes", "no", "yes", "no", "no", "yes")));
        assertThat(django.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(django.selectFirst("meta[name=twitter:image]").attr("content"))
                .isEqualTo(django.selectFirst("meta[property=og:image]").attr("content"));

        BufferedImage djangoImage = shareImage(django);
        BufferedImage flaskImage = shareImage(flask);
        for (BufferedImage image : List.of(djangoImage, flaskImage)) {
            assertThat(image.getWidth()).isEqualTo(1200);
            assertThat(image.getHeight()).isEqualTo(630);
        }
        assertThat(differingPixels(djangoImage, flaskImage)).as("two verdicts, two pictures").isPositive();
        assertThat(differingPixels(djangoImage, shareImage(django))).as("drawn the same each time").isZero();
        assertThat(differingPixels(djangoImage, ImageIO.read(new ByteArrayInputStream(perform(get("/share/site.png"))
                .getResponse().getContentAsByteArray())))).as("not the site's own image").isPositive();

        assertThat(perform(get("/verdict/AAAAAAAAAAAAAAAAAAAAAA/share.png")).getResponse().getStatus()).isEqualTo(404);
        assertThat(perform(get("/verdict/not-an-id/share.png")).getResponse().getStatus()).isEqualTo(404);
    }

    private static long differingPixels(BufferedImage a, BufferedImage b) {
        long differing = 0;
        for (int y = 0; y < a.getHeight(); y += 3) {
            for (int x = 0; x < a.getWidth(); x += 3) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        return differing;
    }

    @Test
    void theAddressStaysSelectableWithoutScriptAndTheCopyButtonComesFromAServedScript() throws Exception {
        String id = verdictOf(answers("no", "yes", "no", "yes", "yes", "no"));
        Document verdict = page("/verdict/" + id);
        Element address = verdict.selectFirst("input#share-url");
        assertThat(address.hasAttr("readonly")).isTrue();
        assertThat(address.val()).isEqualTo(verdict.selectFirst("meta[property=og:url]").attr("content"));
        assertThat(verdict.select("label[for=share-url]")).hasSize(1);
        assertThat(verdict.select("[data-testid=copy-link]")).hasSize(1);
        assertThat(verdict.select("script:not([src])")).as("no inline script").isEmpty();
        for (Element script : verdict.select("script[src]")) {
            MvcResult served = perform(get(script.attr("src")));
            assertThat(served.getResponse().getStatus()).isEqualTo(200);
            assertThat(served.getResponse().getContentAsString()).contains("data-copy-from").contains("navigator.share");
        }
        assertThat(verdict.select("script[src]")).isNotEmpty();
    }

    @Test
    void eachChangeThatWouldTurnTheVerdictCanBeTriedWithoutMakingAVerdict() throws Exception {
        Map<String, String> given = answers("yes", "yes", "no", "no", "no", "yes");
        String id = verdictOf(given);
        ScoringResult original = verdicts.find(id).result();
        Document verdict = page("/verdict/" + id);
        List<Element> tries = verdict.select("[data-testid=try-change]");
        assertThat(tries).hasSize(original.flips().size()).isNotEmpty();
        long before = verdicts.stats().total();
        for (Element attempt : tries) {
            String[] parts = attempt.attr("href").split("/");
            String question = parts[parts.length - 2];
            Answer changedTo = Answer.parse(parts[parts.length - 1]).orElseThrow();
            Map<String, Answer> changed = new LinkedHashMap<>(original.countedAnswers());
            changed.put(question, changedTo);
            Document preview = page(attempt.attr("href"));
            assertThat(preview.selectFirst("[data-testid=recommendation]").attr("data-recommendation"))
                    .isEqualTo(expected(changed).recommendation().name());
            assertThat(preview.select("[data-testid=preview]")).hasSize(1);
            assertThat(preview.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
            assertThat(preview.select("[data-testid=reason][data-question=" + question + "]").text())
                    .contains(questionnaires.current().question(question).orElseThrow().labelOf(changedTo));
        }
        assertThat(verdicts.stats().total()).as("trying changes stores nothing").isEqualTo(before);
        assertThat(perform(get("/verdict/" + id + "/if/nosuchquestion/yes")).getResponse().getStatus()).isEqualTo(404);
        assertThat(perform(get("/verdict/" + id + "/if/api/maybe")).getResponse().getStatus()).isEqualTo(404);
    }

    /**
     * Submits each question's preselected answer, as a reader who changes nothing would, and "not
     * sure" (which counts for neither side) where none is chosen; returns the verdict's path.
     */
    private String finishWithTheChosenAnswers(String location, Map<String, Answer> expectedChoices) throws Exception {
        int steps = 0;
        while (!location.startsWith("/verdict/")) {
            assertThat(steps++).as("the quiz ends").isLessThan(10);
            Document step = page(location);
            String key = step.selectFirst("[data-question]").attr("data-question");
            Element checked = step.selectFirst("input[name=answer][checked]");
            if (expectedChoices.containsKey(key)) {
                assertThat(checked).as("%s starts chosen", key).isNotNull();
                assertThat(checked.val()).isEqualTo(expectedChoices.get(key).value());
            }
            MockHttpServletRequestBuilder answer = post(step.selectFirst("form.quiz-form").attr("action")).with(PageToken.reader(mvc));
            answer.param("answer", checked == null ? "unsure" : checked.val());
            MvcResult result = perform(answer);
            assertThat(result.getResponse().getStatus()).isEqualTo(303);
            location = result.getResponse().getHeader(HttpHeaders.LOCATION);
        }
        return location;
    }

    private String startFrom(Element form) throws Exception {
        MockHttpServletRequestBuilder start = post(form.attr("action")).with(PageToken.reader(mvc));
        form.select("input[type=hidden]:not([name=_csrf])").forEach(input -> start.param(input.attr("name"), input.val()));
        MvcResult result = perform(start);
        assertThat(result.getResponse().getStatus()).isEqualTo(303);
        return result.getResponse().getHeader(HttpHeaders.LOCATION);
    }

    @Test
    void startingAgainCanKeepTheEarlierAnswersOrStartAfresh() throws Exception {
        String id = verdictOf(answers("yes", "no", "no", "yes", "unsure", "yes"));
        ScoringResult original = verdicts.find(id).result();
        Document verdict = page("/verdict/" + id);
        assertThat(verdict.select(".start-again a[href=/decide]")).as("starting afresh").hasSize(1);
        Element keep = verdict.selectFirst("[data-testid=start-with-answers]").closest("form");
        String again = finishWithTheChosenAnswers(startFrom(keep), Scorer.applying(questionnaires.current().model(),
                original.countedAnswers()));
        assertThat(again).isNotEqualTo("/verdict/" + id);
        assertThat(verdicts.find(again.substring("/verdict/".length())).result().countedAnswers())
                .isEqualTo(original.countedAnswers());
    }

    @Test
    void aTriedChangeCanBecomeAVerdictThroughTheQuiz() throws Exception {
        String id = verdictOf(answers("no", "yes", "no", "no", "no", "no"));
        Document verdict = page("/verdict/" + id);
        Element attempt = verdict.selectFirst("[data-testid=try-change]");
        Document preview = page(attempt.attr("href"));
        String recommendation = preview.selectFirst("[data-testid=recommendation]").attr("data-recommendation");
        String made = finishWithTheChosenAnswers(startFrom(preview.selectFirst("form[action=/decide]")), Map.of());
        assertThat(verdicts.find(made.substring("/verdict/".length())).result().recommendation().name())
                .isEqualTo(recommendation);
    }

    @Test
    void theHomePageShowsThePublishedQuestionsAndAVerdictOfTheModelRenderedAsVerdictsAre() throws Exception {
        Document home = page("/");
        assertThat(home.select("[data-testid=home-questions] li")).extracting(Element::text)
                .containsExactlyElementsOf(questionnaires.current().coreQuestions().stream()
                        .map(Questionnaire.QuestionText::prompt).toList());
        Element example = home.selectFirst("[data-testid=home-example]");
        ScoringResult expected = expected(Scorer.decode(VerdictService.EXAMPLE_ANSWERS));
        assertThat(example.selectFirst("[data-testid=recommendation]").attr("data-recommendation"))
                .isEqualTo(expected.recommendation().name());
        assertThat(example.selectFirst(".verdict-chart svg title").text())
                .contains(String.valueOf(expected.djangoScore())).contains(String.valueOf(expected.flaskScore()));
        Element verdictTop = page("/verdict/" + verdictOf(answers("yes", "no", "yes", "no", "no", "unsure")))
                .selectFirst(".verdict-hero");
        assertThat(structure(example.selectFirst(".verdict-hero").selectFirst("figure")))
                .as("the same fragment draws both").isEqualTo(structure(verdictTop.selectFirst("figure")));
    }

    private static List<String> structure(Element element) {
        return element.select("*").stream().map(e -> e.tagName() + "." + e.className()).toList();
    }
}
