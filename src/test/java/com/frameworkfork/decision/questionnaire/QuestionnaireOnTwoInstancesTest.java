package com.frameworkfork.decision.questionnaire;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.frameworkfork.FrameworkForkApplication;
import com.frameworkfork.support.EmbeddedPostgres;
import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances sharing one PostgreSQL database, each keeping the questionnaire in memory: a model an
 * editor publishes on one is what readers of the other get, without a restart.
 */
class QuestionnaireOnTwoInstancesTest {

    private static final String ADMIN_PASSWORD = "two-instances-questionnaire-passphrase";

    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoInstances() {
        EmbeddedPostgres.assumeAvailable();
        String url = EmbeddedPostgres.newDatabase();
        a = start(url);
        b = start(url);
    }

    @AfterAll
    static void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(FrameworkForkApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--spring.main.banner-mode=off", "--site.admin.password=" + ADMIN_PASSWORD,
                // As in the other PostgreSQL tests: a kept page would hide what the other instance shows.
                "--site.page-cache.enabled=false");
    }

    private static String base(ConfigurableApplicationContext instance) {
        return "http://localhost:" + ((WebServerApplicationContext) instance).getWebServer().getPort();
    }

    private static HttpResponse<String> get(HttpClient browser, String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient browser, String url, Map<String, List<String>> form) throws Exception {
        String body = form.entrySet().stream().flatMap(e -> e.getValue().stream()
                        .map(v -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the page's form to {@code action} with its own CSRF token, after applying the changes. */
    private static HttpResponse<String> submit(HttpClient browser, String page, String action,
                                               Map<String, List<String>> changes) throws Exception {
        Document shown = Jsoup.parse(get(browser, page).body());
        Map<String, List<String>> fields = BrowserForms.fields(BrowserForms.formTo(shown, action), true);
        fields.putAll(changes);
        HttpResponse<String> sent = post(browser, page.replaceAll("(https?://[^/]+).*", "$1") + action, fields);
        assertThat(sent.statusCode()).as("%s answered", action).isIn(302, 303);
        return sent;
    }

    @Test
    void aModelPublishedOnOneInstanceIsTheOneTheOtherUses() throws Exception {
        HttpClient editor = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String onA = base(a);
        submit(editor, onA + "/login", "/login", Map.of("username", List.of("admin"), "password", List.of(ADMIN_PASSWORD)));

        String created = submit(editor, onA + "/admin/questionnaire", "/admin/questionnaire/drafts", Map.of())
                .headers().firstValue("Location").orElseThrow();
        String model = URI.create(created).getPath();
        String prompt = "Is it one API, answered from " + model + "?";
        submit(editor, onA + model + "/questions/api", model + "/questions/api", Map.of("prompt", List.of(prompt)));
        assertThat(get(HttpClient.newHttpClient(), base(b) + "/decide").body()).doesNotContain(prompt);
        submit(editor, onA + model + "/publish", model + "/publish", Map.of("confirm", List.of("yes")));

        int version = Integer.parseInt(model.substring(model.lastIndexOf('/') + 1));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(get(HttpClient.newHttpClient(), base(b) + "/decide").body()).contains(prompt));
        String verdict = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base(b) + "/api/v1/verdicts"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"answers": {"api": "yes", "admin": "no", "solo": "no", "team": "no", "growth": "no", "learning": "no"}}"""))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat((int) JsonPath.read(verdict, "$.modelVersion")).isEqualTo(version);
    }
}
