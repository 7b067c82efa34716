package com.frameworkfork.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.frameworkfork.support.Clients;
import com.frameworkfork.support.HtmlValidator;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.SiteTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import static com.frameworkfork.support.Admin.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every kind of page passes the Nu HTML Checker with zero errors. Error pages are fetched over HTTP,
 * so they come through the servlet container's error handling exactly as a reader gets them. The 429 page is
 * checked where limits are tight (web/limits/RateLimitTest).
 */
@SiteTest
@AutoConfigureMockMvc
class HtmlValidityTest {

    private static final Pattern SOURCE_EDIT_LINK = Pattern.compile("href=\"(/admin/sources/\\d+/edit)\"");
    private static final Pattern ADMIN_EDIT_LINK = Pattern.compile("href=\"(/admin/articles/\\d+/edit)\"");
    private static final Pattern HISTORY_LINK = Pattern.compile("href=\"(/admin/history/article/\\d+)\"");
    private static final Pattern RESTORE_LINK = Pattern.compile("href=\"(/admin/history/article/\\d+/versions/\\d+/restore)\"");

    @LocalServerPort
    private int port;

    @Autowired
    private MockMvc mvc;

    private final HttpClient client = HttpClient.newHttpClient();

    private static void assertValid(String what, String html) {
        assertThat(HtmlValidator.errors(html)).as("Nu HTML Checker errors for %s", what).isEmpty();
    }

    private MockHttpServletResponse fetch(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private String page(RequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = fetch(request);
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("text/html");
        return response.getContentAsString();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/",
            "/articles",
            "/articles?category=performance",
            "/articles/django-or-flask-decision-guide",
            "/articles/what-each-framework-gives-you",
            "/search",
            "/search?q=admin",
            "/search?q=zebra+quasar",
            "/decide",
            "/compare",
            "/compare/django-vs-flask",
            "/login",
            "/login?error",
            "/login?logout",
            "/about",
            "/privacy"
    })
    void publicPageIsValidHtml(String path) throws Exception {
        assertValid(path, page(get(path), 200));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin", "/admin/articles", "/admin/articles/new", "/admin/comments", "/admin/maintenance", "/admin/history",
            "/admin/sources", "/admin/sources?page=2", "/admin/sources?q=release&kind=primary", "/admin/sources?q=zebra+quasar",
            "/admin/sources/new", "/admin/content",
            "/admin/frameworks", "/admin/frameworks/new", "/admin/frameworks/django", "/admin/frameworks/django/remove",
            "/admin/comparisons", "/admin/comparisons/django-vs-flask", "/admin/comparisons/django-vs-flask/sections/versions",
            "/admin/comparisons/django-vs-flask/criteria/dvf-kind", "/admin/comparisons/django-vs-flask/criteria/new?section=apis",
            "/admin/comparisons/django-vs-flask/disagreements/pinterest", "/admin/comparisons/django-vs-flask/benchmarks/s5-json",
            "/admin/comparisons/django-vs-flask/notes/fastapi-for-async-apis",
            "/admin/comparisons/django-vs-flask/pros-and-cons/flask-con-csrf/remove"})
    void backOfficePageIsValidHtml(String path) throws Exception {
        assertValid(path, page(get(path).with(admin()), 200));
    }

    @Test
    void articleEditorIsValidHtml() throws Exception {
        Matcher edit = ADMIN_EDIT_LINK.matcher(page(get("/admin/articles").with(admin()), 200));
        assertThat(edit.find()).as("an edit link on the article list").isTrue();

        assertValid(edit.group(1), page(get(edit.group(1)).with(admin()), 200));
    }

    @Test
    void anArticlesHistoryAndItsRestoreConfirmationAreValidHtml() throws Exception {
        // The shipped content changed the seeded articles at start-up, so some article has an older version.
        Matcher edit = ADMIN_EDIT_LINK.matcher(page(get("/admin/articles").with(admin()), 200));
        String restorePath = null;
        while (restorePath == null && edit.find()) {
            Matcher history = HISTORY_LINK.matcher(page(get(edit.group(1)).with(admin()), 200));
            assertThat(history.find()).as("a history link on the article editor").isTrue();
            String versions = page(get(history.group(1)).with(admin()), 200);
            assertValid(history.group(1), versions);
            Matcher restore = RESTORE_LINK.matcher(versions);
            restorePath = restore.find() ? restore.group(1) : null;
        }
        assertThat(restorePath).as("an older version to restore").isNotNull();

        assertValid(restorePath, page(get(restorePath).with(admin()), 200));
    }

    @Test
    void sourceEditorDeletionPageAndRefusedFormAreValidHtml() throws Exception {
        Matcher edit = SOURCE_EDIT_LINK.matcher(page(get("/admin/sources").with(admin()), 200));
        assertThat(edit.find()).as("an edit link on the source list").isTrue();

        assertValid(edit.group(1), page(get(edit.group(1)).with(admin()), 200));
        assertValid("a source's deletion page", page(get(edit.group(1).replace("/edit", "/delete")).with(admin()), 200));
        MvcResult form = mvc.perform(get("/admin/sources/new").with(admin())).andReturn();
        String token = Jsoup.parse(form.getResponse().getContentAsString()).selectFirst("form.admin-form input[name=_csrf]").val();
        assertValid("a refused source", page(post("/admin/sources").with(admin()).with(PageToken.sameBrowser(form))
                .param("_csrf", token).param("code", "not valid!").param("url", "ftp://example.org")
                .param("published", "2026-02-30"), 422));
    }

    @Test
    void comparisonAsAnEditorSeesItAndARefusedComparisonFormAreValidHtml() throws Exception {
        assertValid("the comparison with edit links", page(get("/compare/django-vs-flask").with(admin())
                .with(request -> {
                    request.setRequestedSessionId("editor");
                    return request;
                }), 200));
        String form = "/admin/comparisons/django-vs-flask/criteria/dvf-kind";
        MockHttpSession session = new MockHttpSession();
        String token = Jsoup.parse(page(get(form).with(admin()).session(session), 200))
                .selectFirst("form[method=post] input[name=_csrf]").val();
        String refused = page(post(form).with(admin()).session(session).param("_csrf", token)
                .param("label", "").param("values.django.text", "Kept"), 422);

        assertThat(refused).contains("Kept");
        assertValid("a refused comparison form", refused);
    }

    @Test
    void articleWithARefusedCommentIsValidHtml() throws Exception {
        String html = page(post("/articles/what-each-framework-gives-you/comments").with(PageToken.from(mvc, "/articles/what-each-framework-gives-you")).with(Clients.fresh())
                .param("name", " ").param("body", "Kept text"), 422);

        assertThat(html).contains("Kept text");
        assertValid("an article with a refused comment", html);
    }

    @Test
    void questionnaireStepsAndVerdictAreValidHtml() throws Exception {
        String step = fetch(post("/decide").with(PageToken.from(mvc, "/decide"))).getHeader(HttpHeaders.LOCATION);
        assertThat(step).matches("/decide/[A-Za-z0-9_-]+/[a-z]+");
        assertValid("a questionnaire step", page(get(step), 200));
        String refused = fetch(post(step).with(PageToken.from(mvc, step))).getHeader(HttpHeaders.LOCATION);
        String unanswered = page(get(refused), 200);
        assertThat(unanswered).contains("id=\"answer-error\"");
        assertValid("a questionnaire step with an error", unanswered);

        String verdict = fetch(post("/api/v1/verdicts").contentType(MediaType.APPLICATION_JSON).content("""
                {"answers": {"api": "yes", "admin": "no", "solo": "yes", "team": "no", "growth": "no", "learning": "unsure"}}"""))
                .getHeader(HttpHeaders.LOCATION);
        assertThat(verdict).contains("/verdict/");
        assertValid("a verdict", page(get(URI.create(verdict).getPath()), 200));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/no-such-page", "/articles/not-a-real-article", "/compare/not-a-comparison", "/verdict/AAAAAAAAAAAAAAAAAAAAAA"})
    void notFoundPageIsValidHtml(String path) throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertValid(path, response.body());
    }
}
