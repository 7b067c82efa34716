package com.frameworkfork.decision.questionnaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.frameworkfork.account.AccountService;
import com.frameworkfork.support.Clients;
import com.frameworkfork.support.HtmlValidator;
import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static com.frameworkfork.support.Admin.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The questionnaire's back office through its pages, as an editor without JavaScript uses it: read a
 * page, fill in its form, send it. Each test works on a draft of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class QuestionnaireAdminTest {

    private static final String ANSWERS = """
            {"answers": {"api": "no", "admin": "yes", "solo": "no", "team": "no", "growth": "no", "learning": "no"}}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    private Document page(String path, int status) throws Exception {
        MvcResult result = mvc.perform(get(path).with(admin())).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(status);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private static Map<String, List<String>> fields(Element form) {
        return BrowserForms.fields(form, false);
    }

    private static Element formTo(Document page, String action) {
        return BrowserForms.formTo(page, action);
    }

    private MvcResult send(String action, Map<String, List<String>> fields) throws Exception {
        MockHttpServletRequestBuilder request = post(action).with(admin()).with(csrf());
        fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        return mvc.perform(request).andReturn();
    }

    private int createDraft() throws Exception {
        MvcResult created = send("/admin/questionnaire/drafts", Map.of());
        assertThat(created.getResponse().getStatus()).isEqualTo(303);
        String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
        return Integer.parseInt(location.replaceAll("^/admin/questionnaire/(\\d+).*$", "$1"));
    }

    private String apiVerdict() throws Exception {
        return mvc.perform(post("/api/v1/verdicts").with(Clients.fresh()).contentType(MediaType.APPLICATION_JSON)
                .content(ANSWERS)).andReturn().getResponse().getContentAsString();
    }

    private static String reasonText(Document verdict, String key) {
        return verdict.selectFirst("[data-testid=reason][data-question=" + key + "]").text();
    }

    @Test
    void anExplanationChangedInADraftIsPublishedForNewVerdictsWhileAnOldVerdictKeepsItsReasons() throws Exception {
        String old = apiVerdict();
        String oldId = JsonPath.read(old, "$.id");
        int published = JsonPath.read(old, "$.modelVersion");
        String oldExplanation = JsonPath.read(old, "$.reasons[1].explanation");

        int draft = createDraft();
        String action = "/admin/questionnaire/" + draft + "/questions/admin";
        Document editor = page(action, 200);
        Map<String, List<String>> form = fields(formTo(editor, action));
        String changedExplanation = "A back office is a need: rewritten in draft " + draft + ".";
        form.put("yesExplanation", List.of(changedExplanation));
        assertThat(send(action, form).getResponse().getStatus()).isEqualTo(303);
        assertThat(questionnaires.current().version()).as("a draft changes nothing for readers").isEqualTo(published);

        Document impact = page("/admin/questionnaire/" + draft + "/impact", 200);
        assertThat(impact.select("[data-testid=impact-count]").text()).isEqualTo("0");

        Document confirm = page("/admin/questionnaire/" + draft + "/publish", 200);
        assertThat(confirm.select("[data-testid=impact-count]")).hasSize(1);
        String publish = "/admin/questionnaire/" + draft + "/publish";
        assertThat(send(publish, Map.of()).getResponse().getStatus()).as("not confirmed").isEqualTo(422);
        assertThat(questionnaires.current().version()).isEqualTo(published);
        assertThat(send(publish, fields(formTo(confirm, publish))).getResponse().getStatus()).as("still not ticked").isEqualTo(422);
        assertThat(send(publish, Map.of("confirm", List.of("yes"))).getResponse().getStatus()).isEqualTo(303);

        String fresh = apiVerdict();
        assertThat((int) JsonPath.read(fresh, "$.modelVersion")).isEqualTo(draft);
        assertThat((String) JsonPath.read(fresh, "$.reasons[1].explanation")).isEqualTo(changedExplanation);
        String freshId = JsonPath.read(fresh, "$.id");
        assertThat(reasonText(Jsoup.parse(mvc.perform(get("/verdict/" + freshId)).andReturn().getResponse()
                .getContentAsString()), "admin")).contains(changedExplanation);

        Document permalink = Jsoup.parse(mvc.perform(get("/verdict/" + oldId)).andReturn().getResponse().getContentAsString());
        assertThat(reasonText(permalink, "admin")).contains(oldExplanation).doesNotContain(changedExplanation);
        assertThat((String) JsonPath.read(mvc.perform(get("/api/v1/verdicts/" + oldId)).andReturn().getResponse()
                .getContentAsString(), "$.reasons[1].explanation")).isEqualTo(oldExplanation);
    }

    @Test
    void aPromptChangedInADraftReachesTheHomePageOncePublished() throws Exception {
        Document before = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
        int draft = createDraft();
        String action = "/admin/questionnaire/" + draft + "/questions/api";
        Map<String, List<String>> form = fields(formTo(page(action, 200), action));
        String changedPrompt = "Is the project an API and nothing else (draft " + draft + ")?";
        form.put("prompt", List.of(changedPrompt));
        assertThat(send(action, form).getResponse().getStatus()).isEqualTo(303);
        assertThat(before.select("[data-testid=home-questions] li").eachText()).doesNotContain(changedPrompt);

        assertThat(send("/admin/questionnaire/" + draft + "/publish", Map.of("confirm", List.of("yes")))
                .getResponse().getStatus()).isEqualTo(303);

        Document after = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
        assertThat(after.select("[data-testid=home-questions] li").eachText()).contains(changedPrompt);
    }

    @Test
    void aRefusedQuestionKeepsWhatWasTypedWithEachProblemBesideItsField() throws Exception {
        int draft = createDraft();
        String action = "/admin/questionnaire/" + draft + "/questions/api";
        Map<String, List<String>> form = fields(formTo(page(action, 200), action));
        String before = questionnaires.version(draft).question("api").orElseThrow().prompt();
        form.put("prompt", List.of(" "));
        form.put("yesWeight", List.of("heavy"));
        form.put("noFavours", List.of("django"));
        form.put("noWeight", List.of("0"));
        form.put("articleId", List.of("999999999"));
        form.put("help", List.of("Kept help text"));

        MvcResult refused = send(action, form);

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(refused.getResponse().getContentAsString());
        assertThat(page.select("[data-testid=errors]")).hasSize(1);
        for (String field : List.of("prompt", "yesWeight", "articleId")) {
            Element input = page.getElementById(field);
            assertThat(input).as(field).isNotNull();
            assertThat(input.parent().select(".field-error")).as("an error beside %s", field).isNotEmpty();
        }
        assertThat(page.getElementById("yesWeight").attr("value")).isEqualTo("heavy");
        assertThat(page.getElementById("help").text()).isEqualTo("Kept help text");
        assertThat(page.getElementById("noFavours").parent().select(".field-error")).isEmpty();
        assertThat(refused.getResponse().getContentAsString()).doesNotContain("Exception").doesNotContain("java.");
        assertThat(questionnaires.version(draft).question("api").orElseThrow().prompt()).isEqualTo(before);
        assertThat(HtmlValidator.errors(refused.getResponse().getContentAsString())).isEmpty();
    }

    @Test
    void aPublishedModelIsShownButNeverChanged() throws Exception {
        int published = questionnaires.current().version();
        String action = "/admin/questionnaire/" + published + "/questions/api";
        Document view = page(action, 200);
        assertThat(view.select("[data-testid=read-only]")).hasSize(1);
        assertThat(view.select("form[action=" + action + "]")).isEmpty();
        String explanation = questionnaires.current().question("api").orElseThrow().prompt();

        Map<String, List<String>> form = new LinkedHashMap<>();
        int draft = createDraft();
        String draftAction = "/admin/questionnaire/" + draft + "/questions/api";
        form.putAll(fields(formTo(page(draftAction, 200), draftAction)));
        form.put("prompt", List.of("Changed on a published model?"));
        MvcResult refused = send(action, form);

        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(Jsoup.parse(refused.getResponse().getContentAsString()).select("[data-testid=refusal]").text())
                .isNotBlank();
        assertThat(questionnaires.current().question("api").orElseThrow().prompt()).isEqualTo(explanation);
        assertThat(send("/admin/questionnaire/" + published + "/delete", Map.of("confirm", List.of("yes")))
                .getResponse().getStatus()).isEqualTo(409);
    }

    @Test
    void thresholdsMustRiseAndTheImpactPreviewListsTheVerdictsAWeightChangeMoves() throws Exception {
        int draft = createDraft();
        String settings = "/admin/questionnaire/" + draft + "/settings";
        Map<String, List<String>> form = fields(formTo(page("/admin/questionnaire/" + draft, 200), settings));
        form.put("strongFrom", List.of("0"));
        MvcResult refused = send(settings, form);
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.getResponse().getContentAsString()).getElementById("strongFrom").parent()
                .select(".field-error")).isNotEmpty();

        String action = "/admin/questionnaire/" + draft + "/questions/admin";
        Map<String, List<String>> question = fields(formTo(page(action, 200), action));
        question.put("yesFavours", List.of("neither"));
        question.put("yesWeight", List.of("0"));
        assertThat(send(action, question).getResponse().getStatus()).isEqualTo(303);

        Document impact = page("/admin/questionnaire/" + draft + "/impact", 200);
        int count = Integer.parseInt(impact.selectFirst("[data-testid=impact-count]").text());
        assertThat(count).isPositive().isEqualTo(impact.select("[data-testid=impact-change]").size());
        assertThat(impact.select("[data-testid=impact-change]")).allMatch(row -> row.text().contains("admin: yes"));
    }

    @Test
    void thirdOptionsAndPackagesAreAddedCheckedAndRemoved() throws Exception {
        int draft = createDraft();
        int optionsBefore = questionnaires.version(draft).thirdOptions().size();
        String add = "/admin/questionnaire/" + draft + "/third-options/new";
        Document blank = page(add, 200);
        Map<String, List<String>> form = fields(formTo(blank, add));
        form.put("framework", List.of(blank.select("#framework option").last().attr("value")));
        form.put("when", List.of("colour=blue"));
        form.put("heading", List.of("Worth a look"));
        form.put("text", List.of("Why it fits."));
        form.put("sourceCodes", List.of(blank.selectFirst("input[name=sourceCodes]").attr("value")));
        MvcResult refused = send(add, form);
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.getResponse().getContentAsString()).getElementById("when").parent()
                .select(".field-error")).isNotEmpty();

        form.put("when", List.of("api=yes;recommendation=flask"));
        assertThat(send(add, form).getResponse().getStatus()).isEqualTo(303);
        assertThat(questionnaires.version(draft).thirdOptions()).hasSize(optionsBefore + 1);
        String added = "/admin/questionnaire/" + draft + "/third-options/" + (optionsBefore + 1);
        assertThat(send(added, Map.of("action", List.of("remove"))).getResponse().getStatus()).isEqualTo(303);
        assertThat(questionnaires.version(draft).thirdOptions()).hasSize(optionsBefore);

        int packagesBefore = questionnaires.version(draft).nextSteps().packages().size();
        String addPackage = "/admin/questionnaire/" + draft + "/packages/new";
        Map<String, List<String>> step = new LinkedHashMap<>(Map.of("when", List.of("recommendation=django"),
                "name", List.of("A package"), "url", List.of("javascript:alert(1)"), "why", List.of("Because.")));
        assertThat(send(addPackage, step).getResponse().getStatus()).isEqualTo(422);
        step.put("url", List.of("https://example.org/package"));
        assertThat(send(addPackage, step).getResponse().getStatus()).isEqualTo(303);
        assertThat(questionnaires.version(draft).nextSteps().packages()).hasSize(packagesBefore + 1);
    }

    @Test
    void aDraftIsDeletedOnlyOnceConfirmed() throws Exception {
        int draft = createDraft();
        String delete = "/admin/questionnaire/" + draft + "/delete";
        page(delete, 200);
        assertThat(send(delete, Map.of()).getResponse().getStatus()).isEqualTo(422);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scoring_model WHERE version = ?", Integer.class, draft)).isOne();
        assertThat(send(delete, Map.of("confirm", List.of("yes"))).getResponse().getStatus()).isEqualTo(303);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scoring_model WHERE version = ?", Integer.class, draft)).isZero();
        page("/admin/questionnaire/" + draft, 404);
    }

    @Test
    void theBackOfficePagesOfTheQuestionnaireAreValidHtml() throws Exception {
        int draft = createDraft();
        for (String path : List.of("/admin/questionnaire", "/admin/questionnaire/" + draft,
                "/admin/questionnaire/" + draft + "/questions/team", "/admin/questionnaire/" + draft + "/questions/decisions",
                "/admin/questionnaire/" + draft + "/third-options/1", "/admin/questionnaire/" + draft + "/third-options/new",
                "/admin/questionnaire/" + draft + "/packages/1", "/admin/questionnaire/" + draft + "/impact",
                "/admin/questionnaire/" + draft + "/publish", "/admin/questionnaire/" + draft + "/delete",
                "/admin/questionnaire/1", "/admin/questionnaire/1/questions/api")) {
            String html = mvc.perform(get(path).with(admin())).andReturn().getResponse().getContentAsString();
            assertThat(HtmlValidator.errors(html)).as(path).isEmpty();
        }
    }

    @Test
    void readersCannotReachTheBackOffice() throws Exception {
        assertThat(mvc.perform(get("/admin/questionnaire")).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(mvc.perform(post("/admin/questionnaire/drafts").with(csrf())).andReturn().getResponse().getStatus())
                .isEqualTo(302);
    }

    @Test
    void anEditorWorksOnDraftsButOnlyAnAdministratorPublishesAndAModeratorSeesNeitherScreenNorLink() throws Exception {
        for (String role : List.of("EDITOR", "MODERATOR")) {
            assertThat(accounts.create("questionnaire-" + role.toLowerCase(), role, "test").created()).isTrue();
        }
        var editor = user("questionnaire-editor").roles("EDITOR");
        var moderator = user("questionnaire-moderator").roles("MODERATOR");
        Document editorsDashboard = Jsoup.parse(mvc.perform(get("/admin").with(editor)).andReturn().getResponse()
                .getContentAsString());
        assertThat(editorsDashboard.select(".admin-nav a[href=/admin/questionnaire]")).hasSize(1);
        Document moderatorsDashboard = Jsoup.parse(mvc.perform(get("/admin").with(moderator)).andReturn().getResponse()
                .getContentAsString());
        assertThat(moderatorsDashboard.select(".admin-nav a[href=/admin/questionnaire]")).isEmpty();
        assertThat(mvc.perform(get("/admin/questionnaire").with(moderator)).andReturn().getResponse().getStatus())
                .isEqualTo(403);

        int published = questionnaires.current().version();
        MvcResult created = mvc.perform(post("/admin/questionnaire/drafts").with(editor).with(csrf())).andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(303);
        String draftPath = created.getResponse().getHeader(HttpHeaders.LOCATION).replaceAll("\\?.*$", "");
        String action = draftPath + "/questions/admin";
        Document form = Jsoup.parse(mvc.perform(get(action).with(editor)).andReturn().getResponse().getContentAsString());
        MockHttpServletRequestBuilder edit = post(action).with(editor).with(csrf());
        fields(formTo(form, action)).forEach((name, values) -> edit.param(name, values.toArray(String[]::new)));
        assertThat(mvc.perform(edit).andReturn().getResponse().getStatus()).as("an editor edits a draft").isEqualTo(303);

        Document draftPage = Jsoup.parse(mvc.perform(get(draftPath).with(editor)).andReturn().getResponse()
                .getContentAsString());
        assertThat(draftPage.select("a[href=" + draftPath + "/publish]")).as("publishing is not offered").isEmpty();
        assertThat(mvc.perform(post(draftPath + "/publish").with(editor).with(csrf()).param("confirm", "yes"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(questionnaires.current().version()).isEqualTo(published);
    }
}
