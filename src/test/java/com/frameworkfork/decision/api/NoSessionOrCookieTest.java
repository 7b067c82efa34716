package com.frameworkfork.decision.api;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.frameworkfork.support.HtmlForm;
import com.frameworkfork.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against the real server: the questionnaire keeps nothing in an HTTP session, and the API sets no
 * cookie at all, so any instance can serve any request.
 */
@SiteTest
class NoSessionOrCookieTest {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Test
    void theApiSetsNoCookie() throws Exception {
        HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/api/v1/verdicts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"answers": {"api": "no", "admin": "yes", "solo": "no", "team": "no", "growth": "yes", "learning": "no"}}""")));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().allValues("Set-Cookie")).isEmpty();

        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/v1/verdicts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("not json")));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();

        HttpResponse<String> stats = send(HttpRequest.newBuilder(uri("/api/v1/verdicts/stats")).GET());
        assertThat(stats.statusCode()).isEqualTo(200);
        assertThat(stats.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void theQuestionnaireOpensNoHttpSession() throws Exception {
        HttpResponse<String> intro = send(HttpRequest.newBuilder(uri("/decide")).GET());
        assertThat(intro.statusCode()).isEqualTo(200);
        assertThat(intro.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));

        String csrfCookie = intro.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow();
        String cookieToken = csrfCookie.substring("XSRF-TOKEN=".length(), csrfCookie.indexOf(';'));
        String formToken = HtmlForm.only(intro.body()).hidden().stream()
                .filter(i -> i.name().equals("_csrf")).findFirst().orElseThrow().value();
        HttpResponse<String> started = send(HttpRequest.newBuilder(uri("/decide"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "XSRF-TOKEN=" + cookieToken)
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(formToken, StandardCharsets.UTF_8))));
        assertThat(started.statusCode()).isEqualTo(303);
        assertThat(started.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));

        String question = started.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri(URI.create(question).getPath())).GET());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-question=\"api\"");
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
    }
}
