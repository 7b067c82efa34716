package com.frameworkfork.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import com.frameworkfork.account.AccountService;
import com.frameworkfork.content.ContentRecords;
import com.frameworkfork.support.Admin;
import com.frameworkfork.support.Clients;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.SiteTest;
import com.frameworkfork.support.TestArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every state-changing route refuses a POST without the CSRF token (403, nothing written) and
 * accepts it with one. The routes are read from the application's own mappings, so a new POST
 * route without a case here fails the test.
 */
@SiteTest
class CsrfCoverageTest {

    private static final String VERDICT_JSON = """
            {"answers": {"api": "yes", "admin": "no", "solo": "yes", "team": "no", "growth": "no", "learning": "unsure"}}""";

    @Autowired
    MockMvc mvc;

    /** A reader's CSRF token and cookie, as a page hands them out. */
    private RequestPostProcessor token;

    /** The admin's identity and the token of a back-office page. */
    private RequestPostProcessor asAdmin;

    /** The token of a back-office page alone, for a request that already carries the admin's identity. */
    private RequestPostProcessor adminToken;

    @BeforeEach
    void takeTokens() throws Exception {
        token = PageToken.reader(mvc);
        asAdmin = PageToken.asAdmin(mvc);
        adminToken = PageToken.from(mvc, get("/admin/maintenance").with(Admin.admin()));
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    AccountService accounts;

    private final Set<String> covered = new TreeSet<>();

    @Test
    void everyPostRouteNeedsTheToken() throws Exception {
        long articleId = TestArticles.create(mvc, "csrf-target");
        mvc.perform(post("/articles/csrf-target/comments").with(token).with(Clients.fresh())
                .param("name", "Ada").param("body", "A comment to moderate")).andExpect(status().isSeeOther());
        long commentId = jdbc.queryForObject("SELECT MAX(id) FROM comment WHERE article_id = ?", Long.class, articleId);
        String quizPath = mvc.perform(post("/decide").with(token)).andReturn().getResponse().getRedirectedUrl();

        protectedRoute("POST /articles/{slug}/hearts", () -> post("/articles/csrf-target/hearts").with(Clients.fresh()),
                () -> jdbc.queryForObject("SELECT heart_count FROM article WHERE id = ?", Long.class, articleId));
        protectedRoute("POST /articles/{slug}/comments", () -> post("/articles/csrf-target/comments").with(Clients.fresh())
                        .param("name", "Grace").param("body", "Another comment"),
                () -> count("comment"));
        protectedRoute("POST /decide", () -> post("/decide"), () -> count("decision_quiz"));
        protectedRoute("POST /decide/{quizId}/{key}", () -> post(quizPath).param("answer", "yes"),
                () -> jdbc.queryForObject("SELECT answers FROM decision_quiz WHERE id = ?", String.class,
                        quizPath.split("/")[2]));
        adminRoute("POST /admin/articles", () -> adminForm(post("/admin/articles"), "csrf-created"),
                () -> count("article"));
        adminRoute("POST /admin/articles/{id}", () -> adminForm(post("/admin/articles/{id}", articleId), "csrf-target")
                        .param("title", "A retitled article"),
                () -> jdbc.queryForObject("SELECT title FROM article WHERE id = ?", String.class, articleId));
        long firstVersion = jdbc.queryForObject("SELECT MIN(rev) FROM article_aud WHERE id = ?", Long.class, articleId);
        adminRoute("POST /admin/history/{kind}/{id}/versions/{revision}/restore",
                () -> post("/admin/history/article/{id}/versions/{revision}/restore", articleId, firstVersion).with(Admin.admin()),
                () -> jdbc.queryForObject("SELECT title FROM article WHERE id = ?", String.class, articleId));
        adminRoute("POST /admin/articles/{id}/publication", () -> post("/admin/articles/{id}/publication", articleId)
                        .with(Admin.admin()).param("published", "false"),
                () -> jdbc.queryForObject("SELECT published FROM article WHERE id = ?", Boolean.class, articleId));
        long sourceId = createSource("csrf-source");
        long uncitedSourceId = createSource("csrf-uncited");
        adminRoute("POST /admin/sources", () -> sourceForm(post("/admin/sources"), "csrf-created"),
                () -> count("source"));
        adminRoute("POST /admin/sources/{id}", () -> sourceForm(post("/admin/sources/{id}", sourceId), "csrf-source")
                        .param("title", "A retitled source"),
                () -> jdbc.queryForObject("SELECT title FROM source WHERE id = ?", String.class, sourceId));
        adminRoute("POST /admin/sources/{id}/delete", () -> post("/admin/sources/{id}/delete", uncitedSourceId)
                        .with(Admin.admin()),
                () -> count("source"));
        createSource("csrf-take");
        long toTake = heldBack("csrf-take");
        createSource("csrf-keep");
        long toKeep = heldBack("csrf-keep");
        adminRoute("POST /admin/content/{id}/shipped", () -> post("/admin/content/{id}/shipped", toTake).with(Admin.admin()),
                () -> jdbc.queryForObject("SELECT title FROM source WHERE code = 'csrf-take'", String.class));
        adminRoute("POST /admin/content/{id}/current", () -> post("/admin/content/{id}/current", toKeep).with(Admin.admin()),
                () -> count("content_conflict"));
        adminRoute("POST /admin/comments/{id}/visibility", () -> post("/admin/comments/{id}/visibility", commentId)
                        .with(Admin.admin()).param("hidden", "true"),
                () -> jdbc.queryForObject("SELECT state FROM comment WHERE id = ?", String.class, commentId));
        adminRoute("POST /admin/comments/bulk", () -> post("/admin/comments/bulk").with(Admin.admin())
                        .param("ids", Long.toString(commentId)).param("action", "approve"),
                () -> jdbc.queryForObject("SELECT state FROM comment WHERE id = ?", String.class, commentId));
        adminRoute("POST /admin/comments/{id}/delete", () -> post("/admin/comments/{id}/delete", commentId)
                        .with(Admin.admin()),
                () -> count("comment"));
        adminRoute("POST /admin/articles/{id}/delete", () -> post("/admin/articles/{id}/delete", articleId)
                        .with(Admin.admin()),
                () -> count("article"));
        TestArticles.create(mvc, "csrf-corrected");
        protectedRoute("POST /corrections", () -> post("/corrections").with(Clients.fresh())
                        .param("page", "articles/csrf-corrected").param("problem", "A suggested correction"),
                () -> count("correction_suggestion"));
        long suggestionId = jdbc.queryForObject("SELECT MAX(id) FROM correction_suggestion", Long.class);
        adminRoute("POST /admin/corrections/{id}/state", () -> post("/admin/corrections/{id}/state", suggestionId)
                        .with(Admin.admin()).param("done", "true"),
                () -> jdbc.queryForObject("SELECT done_at FROM correction_suggestion WHERE id = ?", Object.class,
                        suggestionId) == null);
        adminRoute("POST /admin/corrections/bulk", () -> post("/admin/corrections/bulk").with(Admin.admin())
                        .param("ids", Long.toString(suggestionId)).param("action", "open"),
                () -> jdbc.queryForObject("SELECT done_at FROM correction_suggestion WHERE id = ?", Object.class,
                        suggestionId) == null);
        adminRoute("POST /admin/maintenance", () -> post("/admin/maintenance").with(Admin.admin()).param("enabled", "true"),
                () -> jdbc.queryForObject("SELECT setting_value FROM site_setting WHERE setting_name = 'maintenance.enabled'",
                        String.class));
        mvc.perform(post("/admin/maintenance").with(asAdmin).param("enabled", "false"));
        AccountService.Creation target = accounts.create("csrf-target", "EDITOR", "test");
        long accountId = target.id();
        protectedRoute("POST /account/setup/{token}", () -> post("/account/setup/{token}", target.setupToken())
                        .param("password", "a-long-csrf-passphrase").param("repeated", "a-long-csrf-passphrase"),
                () -> jdbc.queryForObject("SELECT password_hash FROM account WHERE id = ?", String.class, accountId));
        protectedRoute("POST /admin/password", () -> post("/admin/password").with(user("csrf-target").roles("EDITOR"))
                        .param("current", "a-long-csrf-passphrase").param("password", "another-long-csrf-passphrase")
                        .param("repeated", "another-long-csrf-passphrase"),
                () -> jdbc.queryForObject("SELECT password_hash FROM account WHERE id = ?", String.class, accountId),
                PageToken.from(mvc, get("/admin/password").with(user("csrf-target").roles("EDITOR"))));
        adminRoute("POST /admin/accounts", () -> post("/admin/accounts").with(Admin.admin())
                .param("username", "csrf-created").param("role", "EDITOR"), () -> count("account"));
        adminRoute("POST /admin/accounts/{id}/role", () -> post("/admin/accounts/{id}/role", accountId)
                        .with(Admin.admin()).param("role", "MODERATOR"),
                () -> jdbc.queryForObject("SELECT role FROM account WHERE id = ?", String.class, accountId));
        adminRoute("POST /admin/accounts/{id}/enabled", () -> post("/admin/accounts/{id}/enabled", accountId)
                        .with(Admin.admin()).param("enabled", "false"),
                () -> jdbc.queryForObject("SELECT enabled FROM account WHERE id = ?", Boolean.class, accountId));
        adminRoute("POST /admin/accounts/{id}/link", () -> post("/admin/accounts/{id}/link", accountId).with(Admin.admin()),
                () -> jdbc.queryForObject("SELECT setup_token_hash FROM account WHERE id = ?", String.class, accountId));
        comparisonRoutes();

        adminRoute("POST /admin/questionnaire/drafts", () -> post("/admin/questionnaire/drafts").with(Admin.admin()),
                () -> count("scoring_model"));
        int draft = jdbc.queryForObject("SELECT MAX(version) FROM scoring_model WHERE state = 'DRAFT'", Integer.class);
        String model = "/admin/questionnaire/" + draft;
        adminRoute("POST /admin/questionnaire/{version:[0-9]+}/settings", () -> post(model + "/settings").with(Admin.admin())
                        .param("eitherBelow", "1").param("clearFrom", "3").param("strongFrom", "7").param("note", "Changed."),
                () -> jdbc.queryForObject("SELECT note FROM scoring_model WHERE version = ?", String.class, draft));
        Map<String, Object> api = jdbc.queryForMap("SELECT article_id, section_id FROM decision_question "
                + "WHERE model_version = ? AND question_key = 'api'", draft);
        adminRoute("POST /admin/questionnaire/{version:[0-9]+}/questions/{key}", () -> {
            MockHttpServletRequestBuilder question = post(model + "/questions/api").with(Admin.admin())
                    .param("prompt", "Is it an API?").param("help", "Help.").param("kind", "property")
                    .param("articleId", api.get("ARTICLE_ID").toString()).param("sectionId", api.get("SECTION_ID").toString());
            for (String answer : List.of("yes", "no", "unsure")) {
                question.param(answer + "Label", answer).param(answer + "Favours", "neither").param(answer + "Weight", "0")
                        .param(answer + "Explanation", "Why.");
            }
            return question;
        }, () -> jdbc.queryForObject("SELECT prompt FROM decision_question WHERE model_version = ? AND question_key = 'api'",
                String.class, draft));
        adminRoute("POST /admin/questionnaire/{version:[0-9]+}/third-options/{item}", () -> post(model + "/third-options/new")
                        .with(Admin.admin()).param("framework", "fastapi").param("when", "api=yes").param("heading", "H")
                        .param("text", "T").param("sourceCodes", "S1"),
                () -> jdbc.queryForObject("SELECT COUNT(*) FROM decision_third_option WHERE model_version = ?", Long.class, draft));
        adminRoute("POST /admin/questionnaire/{version:[0-9]+}/packages/{item}", () -> post(model + "/packages/1")
                        .with(Admin.admin()).param("action", "remove"),
                () -> jdbc.queryForObject("SELECT COUNT(*) FROM decision_next_step WHERE model_version = ?", Long.class, draft));
        adminRoute("POST /admin/questionnaire/{version:[0-9]+}/publish", () -> post(model + "/publish").with(Admin.admin())
                        .param("confirm", "yes"),
                () -> jdbc.queryForObject("SELECT state FROM scoring_model WHERE version = ?", String.class, draft));
        mvc.perform(post("/admin/questionnaire/drafts").with(asAdmin));
        int second = jdbc.queryForObject("SELECT MAX(version) FROM scoring_model WHERE state = 'DRAFT'", Integer.class);
        adminRoute("POST /admin/questionnaire/{version:[0-9]+}/delete", () -> post("/admin/questionnaire/" + second + "/delete")
                        .with(Admin.admin()).param("confirm", "yes"),
                () -> count("scoring_model"));

        long verdicts = count("decision_verdict");
        mvc.perform(post("/api/v1/verdicts").contentType(MediaType.APPLICATION_JSON).content(VERDICT_JSON))
                .andExpect(status().isCreated());
        assertThat(count("decision_verdict")).as("the cookie-less JSON API is exempt").isEqualTo(verdicts + 1);
        covered.add("POST /api/v1/verdicts");

        assertThat(covered).containsExactlyInAnyOrderElementsOf(postRoutes());
    }

    @Test
    void signingInNeedsTheToken() throws Exception {
        mvc.perform(post("/login").with(Clients.fresh()).param("username", Admin.USERNAME).param("password", Admin.PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
        mvc.perform(post("/login").with(token).with(Clients.fresh())
                        .param("username", Admin.USERNAME).param("password", Admin.PASSWORD))
                .andExpect(status().isFound())
                .andExpect(authenticated());
    }

    @Test
    void signingOutNeedsTheToken() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").with(token).with(Clients.fresh())
                        .param("username", Admin.USERNAME).param("password", Admin.PASSWORD))
                .andExpect(authenticated()).andReturn().getRequest().getSession(false);

        mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/admin").session(session)).andExpect(status().isOk());

        mvc.perform(post("/logout").session(session).with(PageToken.from(mvc, get("/admin").session(session))))
                .andExpect(status().isFound());
        mvc.perform(get("/admin").session(session)).andExpect(status().isFound());
    }

    private void protectedRoute(String route, Supplier<MockHttpServletRequestBuilder> request, Callable<Object> state)
            throws Exception {
        protectedRoute(route, request, state, token);
    }

    /** A back-office route: the request carries the admin's identity, and with it the token of the admin's session. */
    private void adminRoute(String route, Supplier<MockHttpServletRequestBuilder> request, Callable<Object> state)
            throws Exception {
        protectedRoute(route, request, state, adminToken);
    }

    private void protectedRoute(String route, Supplier<MockHttpServletRequestBuilder> request, Callable<Object> state,
                                RequestPostProcessor pageToken) throws Exception {
        Object before = state.call();
        mvc.perform(request.get()).andExpect(status().isForbidden());
        assertThat(state.call()).as(route + " without a token changes nothing").isEqualTo(before);

        int withToken = mvc.perform(request.get().with(pageToken)).andReturn().getResponse().getStatus();
        assertThat(withToken).as(route + " with a token").isBetween(200, 399);
        assertThat(state.call()).as(route + " with a token does its work").isNotEqualTo(before);
        covered.add(route);
    }

    private void comparisonRoutes() throws Exception {
        String comparison = "/admin/comparisons/django-vs-flask";
        adminRoute("POST /admin/frameworks", () -> post("/admin/frameworks").with(Admin.admin())
                        .param("slug", "csrf-framework").param("name", "Made here").param("summary", "A framework.")
                        .param("sources", "S1"),
                () -> count("framework"));
        adminRoute("POST /admin/frameworks/{slug}", () -> post("/admin/frameworks/csrf-framework").with(Admin.admin())
                        .param("name", "Renamed here").param("summary", "A framework.").param("sources", "S1"),
                () -> jdbc.queryForObject("SELECT name FROM framework WHERE slug = 'csrf-framework'", String.class));
        adminRoute("POST /admin/frameworks/{slug}/remove", () -> post("/admin/frameworks/csrf-framework/remove")
                        .with(Admin.admin()),
                () -> count("framework"));
        adminRoute("POST /admin/comparisons/{slug}", () -> post(comparison).with(Admin.admin())
                        .param("title", "A retitled comparison").param("summary", "A summary."),
                () -> jdbc.queryForObject("SELECT title FROM comparison WHERE slug = 'django-vs-flask'", String.class));
        adminRoute("POST /admin/comparisons/{slug}/{segment}", () -> post(comparison + "/notes").with(Admin.admin())
                        .param("section", "apis").param("key", "csrf-note").param("heading", "A note")
                        .param("body", "Its text.").param("sources", "S1"),
                () -> count("section_note"));
        adminRoute("POST /admin/comparisons/{slug}/{segment}/{key}", () -> post(comparison + "/criteria/dvf-kind")
                        .with(Admin.admin()).param("label", "A relabelled row")
                        .param("values.django.text", "A value").param("values.django.sources", "S1")
                        .param("values.flask.text", "A value").param("values.flask.sources", "S1"),
                () -> jdbc.queryForObject("SELECT label FROM criterion WHERE code = 'dvf-kind'", String.class));
        adminRoute("POST /admin/comparisons/{slug}/{segment}/{key}/move", () -> post(comparison
                        + "/sections/at-a-glance/move").with(Admin.admin()).param("direction", "down"),
                () -> jdbc.queryForObject("SELECT position FROM comparison_section WHERE anchor = 'at-a-glance'", Integer.class));
        adminRoute("POST /admin/comparisons/{slug}/{segment}/{key}/remove", () -> post(comparison
                        + "/notes/csrf-note/remove").with(Admin.admin()),
                () -> count("section_note"));
    }

    private static MockHttpServletRequestBuilder adminForm(MockHttpServletRequestBuilder request, String slug) {
        return request.with(Admin.admin())
                .param("slug", slug).param("title", "Title of " + slug).param("summary", "Summary.")
                .param("categorySlug", "guides").param("publishedOn", "2026-06-03")
                .param("bodyMarkdown", "Body.").param("sourceCodes", "S1").param("state", "published");
    }

    private long createSource(String code) throws Exception {
        String location = mvc.perform(sourceForm(post("/admin/sources"), code).with(adminToken))
                .andExpect(status().isSeeOther()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.replaceAll("\\D", ""));
    }

    /** A shipped update of this source held back for the editor, as the importer records one. */
    private long heldBack(String code) {
        Map<String, Object> shipped = new LinkedHashMap<>(Map.of("code", code, "label", "Label of " + code,
                "publisher", "Publisher", "published", "2026-06-03", "kind", "primary", "title", "A shipped title"));
        Map<String, Object> current = new LinkedHashMap<>(shipped);
        current.put("title", "Title of " + code);
        jdbc.update("INSERT INTO content_conflict (kind, content_key, shipped_hash, shipped_version, current_version, "
                        + "detected_at) VALUES ('source', ?, ?, ?, ?, CURRENT_TIMESTAMP)", code, ContentRecords.hash(shipped),
                ContentRecords.json(shipped), ContentRecords.json(current));
        return jdbc.queryForObject("SELECT id FROM content_conflict WHERE kind = 'source' AND content_key = ?", Long.class, code);
    }

    private static MockHttpServletRequestBuilder sourceForm(MockHttpServletRequestBuilder request, String code) {
        return request.with(Admin.admin())
                .param("code", code).param("label", "Label of " + code).param("title", "Title of " + code)
                .param("publisher", "Publisher").param("published", "2026-06-03").param("kind", "primary");
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private Set<String> postRoutes() {
        Set<String> routes = new TreeSet<>();
        // The site's own controllers; Boot's error controller accepts any method but only renders a page.
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            boolean ours = handler.getBeanType().getPackageName().startsWith("com.frameworkfork");
            if (ours && (methods.isEmpty() || methods.contains(RequestMethod.POST))) {
                info.getPatternValues().forEach(pattern -> routes.add("POST " + pattern));
            }
        });
        return routes;
    }
}
