package com.frameworkfork.site;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.frameworkfork.support.Admin;
import com.frameworkfork.support.SiteTest;
import com.frameworkfork.support.TestArticles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error a person can cause through a page, sent to the real server the way a browser sends
 * it: the answer names no Java type or internal exception, says what went wrong in this case (not
 * another's words), and offers something to do. Forms come back with what was typed.
 */
@AutoConfigureMockMvc
@SiteTest
class ErrorWordingTest {

    private static final Pattern INTERNALS = Pattern.compile("\\b(java|javax|jakarta|org|com)\\.[a-z]+\\.|Exception|"
            + "Failed to convert|typeMismatch|bean class|property '|Tomcat|Connector|maxParameterCount|\\tat ");
    /** A message that leaves the person nothing to do is a dead end. */
    private static final Pattern SOMETHING_TO_DO = Pattern.compile(
            "\\b(enter|send|reload|shorten|check|choose|tick|try|going back)\\b", Pattern.CASE_INSENSITIVE);

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    private final HttpClient client = HttpClient.newHttpClient();
    private String adminCookies;
    private String csrfToken;

    @BeforeEach
    void signIn() throws Exception {
        HttpResponse<String> login = client.send(get("/login").build(), HttpResponse.BodyHandlers.ofString());
        String csrfCookie = cookie(login, "XSRF-TOKEN");
        HttpResponse<String> signedIn = client.send(post("/login", "username=" + Admin.USERNAME + "&password="
                        + encode(Admin.PASSWORD) + "&_csrf=" + encode(token(login.body()))).header("Cookie", csrfCookie).build(),
                HttpResponse.BodyHandlers.ofString());
        String session = cookie(signedIn, "JSESSIONID");
        HttpResponse<String> editor = client.send(get("/admin/articles/new").header("Cookie", csrfCookie + "; " + session)
                .build(), HttpResponse.BodyHandlers.ofString());
        adminCookies = (editor.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("XSRF-TOKEN="))
                ? cookie(editor, "XSRF-TOKEN") : csrfCookie) + "; " + session;
        csrfToken = token(editor.body());
    }

    @Test
    void valuesOfTheWrongKindInTheArticleFormAreExplainedBesideTheirField() throws Exception {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("publishedOn=not-a-date", "#date-error");
        cases.put("publishedOn=2026-02-30", "#date-error");
        cases.put("publishedOn=2026-06-03&state=maybe", "#state-error");
        cases.put("publishedOn=2026-06-03&publishTime=25:99", "#time-error");
        for (Map.Entry<String, String> input : cases.entrySet()) {
            HttpResponse<String> response = asAdmin(post("/admin/articles", articleFields() + "&" + input.getKey()));

            assertThat(response.statusCode()).as(input.getKey()).isEqualTo(422);
            Document page = Jsoup.parse(response.body());
            String message = page.select(input.getValue()).text();
            assertWordedForAPerson(input.getKey(), message);
            assertWordedForAPerson(input.getKey(), page.select("main").text());
            assertThat(page.selectFirst("textarea[name=bodyMarkdown]").wholeText()).isEqualTo("Kept as typed.");
        }
        Document notADate = Jsoup.parse(asAdmin(post("/admin/articles", articleFields() + "&publishedOn=not-a-date")).body());
        assertThat(notADate.selectFirst("input[name=publishedOn]").val()).isEqualTo("not-a-date");
    }

    @Test
    void fieldNamesNoFormHasAreIgnoredRatherThanFailing() throws Exception {
        HttpResponse<String> article = asAdmin(post("/admin/articles",
                articleFields() + "&publishedOn=2026-06-03&title[0]=x&sourceCodes[0]=S1&summary.length=3"));
        assertThat(article.statusCode()).isEqualTo(303);

        TestArticles.create(mvc, "wording-comments");
        HttpResponse<String> comment = client.send(post("/articles/wording-comments/comments",
                "name=Reader&body=Hello&name[0]=x&body.bytes=1&_csrf=" + encode(csrfToken))
                .header("Cookie", adminCookies).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(comment.statusCode()).isEqualTo(303);
    }

    @Test
    void typedButtonsSentWithOtherValuesGetAPageWorthReading() throws Exception {
        long id = TestArticles.create(mvc, "wording-buttons");
        for (String[] input : new String[][] {{"/admin/articles/" + id + "/publication", "published=maybe"},
                {"/admin/articles/" + id + "/publication", ""}, {"/admin/comments/1/visibility", "hidden=maybe"},
                {"/admin/maintenance", "enabled=maybe"}, {"/admin/articles/abc", "title=x"}}) {
            HttpResponse<String> response = asAdmin(post(input[0], input[1]));

            assertThat(response.statusCode()).as(input[0] + " " + input[1]).isEqualTo(400);
            assertWordedForAPerson(input[0] + " " + input[1], Jsoup.parse(response.body()).select("main").text());
        }
        HttpResponse<String> notAnId = client.send(get("/admin/articles/abc/edit").header("Cookie", adminCookies).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(notAnId.statusCode()).isEqualTo(400);
        assertWordedForAPerson("/admin/articles/abc/edit", Jsoup.parse(notAnId.body()).select("main").text());
    }

    @Test
    void formsTomcatCannotReadAreToldWhatIsWrongWithThem() throws Exception {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("ten thousand fields", "name=x&body=y" + "&f=1".repeat(10_000));
        bodies.put("a broken percent sign", "name=%zz&body=y");
        bodies.put("bytes that are not UTF-8", "name=%ff&body=y");
        bodies.put("a field without a name", "name=x&=y&body=y");
        bodies.put("a form of three megabytes", "name=x&body=" + "y".repeat(3_000_000));
        Map<String, String> messages = new LinkedHashMap<>();
        for (Map.Entry<String, String> body : bodies.entrySet()) {
            HttpResponse<String> response = client.send(post("/articles/anything/comments", body.getValue()).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(body.getKey()).isBetween(400, 413);
            assertWordedForAPerson(body.getKey(), response.body());
            messages.put(body.getKey(), response.body());
        }
        assertThat(messages.get("a broken percent sign")).isEqualTo(messages.get("bytes that are not UTF-8"));
        messages.remove("a broken percent sign");
        assertThat(messages.values()).as("each kind of fault has its own explanation").doesNotHaveDuplicates();
        assertThat(messages.get("ten thousand fields")).contains("1,000");
    }

    private static void assertWordedForAPerson(String input, String text) {
        assertThat(text).as(input).isNotBlank();
        assertThat(INTERNALS.matcher(text).find()).as(input + ": " + text).isFalse();
        assertThat(SOMETHING_TO_DO.matcher(text).find()).as(input + ": " + text).isTrue();
    }

    private String articleFields() {
        return "slug=wording-" + System.nanoTime() + "&title=Title&summary=Summary.&categorySlug=guides&state=published"
                + "&bodyMarkdown=" + encode("Kept as typed.") + "&sourceCodes=S1&action=save&_csrf=" + encode(csrfToken);
    }

    private HttpResponse<String> asAdmin(HttpRequest.Builder request) throws Exception {
        return client.send(request.header("Cookie", adminCookies).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html");
    }

    private HttpRequest.Builder post(String path, String form) {
        String withToken = csrfToken == null || form.contains("_csrf=") ? form : form + "&_csrf=" + encode(csrfToken);
        return get(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(withToken));
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.split(";", 2)[0]).findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie"));
    }

    private static String token(String html) {
        return Jsoup.parse(html).selectFirst("input[name=_csrf]").val();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
