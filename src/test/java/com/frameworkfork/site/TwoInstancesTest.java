package com.frameworkfork.site;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import com.frameworkfork.support.Admin;
import com.frameworkfork.support.OnPostgres;
import com.frameworkfork.support.StandaloneSite;
import com.frameworkfork.support.TestArticles;
import com.frameworkfork.web.maintenance.MaintenanceMode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the site behind no sticky load balancer, sharing one PostgreSQL database: a reader
 * may land on either for any request, and nothing they see depends on which. One instance is the
 * PostgreSQL test application, the other the site as it ships, started beside it on the same database.
 */
class TwoInstancesTest extends OnPostgres {

    private static ConfigurableApplicationContext b;

    @Autowired
    private WebServerApplicationContext a;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private MaintenanceMode maintenanceMode;

    @Autowired
    private MockMvc mvc;

    /** Started once, before the first test, on the database the test application has just set up. */
    @BeforeEach
    void startTheSecondInstanceOnce() {
        if (b == null) {
            b = StandaloneSite.start("--spring.datasource.url=" + databaseUrl(), "--spring.datasource.username=postgres",
                    "--spring.datasource.password=");
        }
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
            b = null;
        }
    }

    private static String base(WebServerApplicationContext instance) {
        return "http://localhost:" + instance.getWebServer().getPort();
    }

    /** One reader's browser: its cookies go to whichever instance it reaches. */
    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    private static HttpResponse<String> get(HttpClient browser, String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient browser, String url, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static WebServerApplicationContext other() {
        return (WebServerApplicationContext) b;
    }

    private static String csrf(HttpResponse<String> page) {
        return Jsoup.parse(page.body()).select("form[method=post] input[name=_csrf]").first().attr("value");
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("redirect from %s", response.uri()).isIn(302, 303);
        return URI.create(response.uri().toString()).resolve(response.headers().firstValue("Location").orElseThrow()).getPath();
    }

    @Test
    void aQuizStartedOnOneInstanceIsFinishedOnTheOtherAndItsVerdictShowsOnBoth() throws Exception {
        HttpClient reader = browser();
        HttpResponse<String> intro = get(reader, base(a) + "/decide");
        String step = location(post(reader, base(a) + "/decide", Map.of("_csrf", csrf(intro))));

        List<WebServerApplicationContext> alternate = List.of(other(), a);
        for (int i = 0; i < 6; i++) {
            WebServerApplicationContext instance = alternate.get(i % 2);
            HttpResponse<String> question = get(reader, base(instance) + step);
            assertThat(question.statusCode()).isEqualTo(200);
            step = location(post(reader, base(instance) + step,
                    Map.of("_csrf", csrf(question), "answer", i == 1 ? "yes" : "no")));
        }

        assertThat(step).startsWith("/verdict/");
        Document onA = Jsoup.parse(get(browser(), base(a) + step).body());
        Document onB = Jsoup.parse(get(browser(), base(other()) + step).body());
        assertThat(onA.select("[data-testid=recommendation]").attr("data-recommendation")).isEqualTo("DJANGO");
        assertThat(onB.select("[data-testid=recommendation]").attr("data-recommendation")).isEqualTo("DJANGO");
        assertThat(onB.select("[data-testid=reason]").eachText()).isEqualTo(onA.select("[data-testid=reason]").eachText());
    }

    @Test
    void heartsGivenOnBothInstancesAddUpExactly() throws Exception {
        String slug = "hearted-on-two-instances";
        TestArticles.create(mvc, slug);
        long before = jdbc.queryForObject("SELECT heart_count FROM article WHERE slug = ?", Long.class, slug);
        List<Callable<Integer>> readers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            WebServerApplicationContext instance = i % 2 == 0 ? a : other();
            readers.add(() -> {
                HttpClient reader = browser();
                String page = base(instance) + "/articles/" + slug;
                HttpResponse<String> article = get(reader, page);
                return post(reader, page + "/hearts", Map.of("_csrf", csrf(article))).statusCode();
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Integer> status : pool.invokeAll(readers)) {
                assertThat(status.get()).isEqualTo(303);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(jdbc.queryForObject("SELECT heart_count FROM article WHERE slug = ?", Long.class, slug))
                .isEqualTo(before + 40);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String shownOnA = Jsoup.parse(get(browser(), base(a) + "/articles/" + slug).body()).select("[data-testid=heart-count]").text();
            String shownOnB = Jsoup.parse(get(browser(), base(other()) + "/articles/" + slug).body()).select("[data-testid=heart-count]").text();
            assertThat(shownOnA).isEqualTo(shownOnB).isEqualTo(String.valueOf(before + 40));
        });
    }

    @Test
    void viewsCountedOnBothInstancesAddUpExactly() throws Exception {
        String slug = "read-on-two-instances";
        TestArticles.create(mvc, slug);
        long before = jdbc.queryForObject("SELECT view_count FROM article WHERE slug = ?", Long.class, slug);
        HttpClient reader = browser();
        for (int i = 0; i < 30; i++) {
            assertThat(get(reader, base(i % 2 == 0 ? a : other()) + "/articles/" + slug).statusCode()).isEqualTo(200);
        }

        // Each instance writes its counts on its own schedule; together they reach the exact sum.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(jdbc.queryForObject("SELECT view_count FROM article WHERE slug = ?", Long.class, slug))
                        .isEqualTo(before + 30));
    }

    @Test
    void aScheduledArticleAppearsAtItsTimeOnBothInstancesWithoutARestart() throws Exception {
        HttpClient admin = signedInOn(a);
        HttpResponse<String> editor = get(admin, base(a) + "/admin/articles/new");
        LocalDateTime publishAt = LocalDateTime.now(ZoneOffset.UTC).plusSeconds(10).withNano(0);
        Map<String, String> article = new HashMap<>(Map.of("_csrf", csrf(editor), "slug", "on-its-time",
                "title", "Published on its time", "summary", "Scheduled a few seconds ahead.", "categorySlug", "guides",
                "publishedOn", publishAt.toLocalDate().toString(), "publishTime", publishAt.toLocalTime().toString(),
                "bodyMarkdown", "Shown on every instance at once.", "sourceCodes", "S1", "state", "scheduled"));
        article.put("action", "save");
        assertThat(location(post(admin, base(a) + "/admin/articles", article))).endsWith("/edit");

        for (WebServerApplicationContext instance : List.of(a, other())) {
            assertThat(get(browser(), base(instance) + "/articles/on-its-time").statusCode()).isEqualTo(404);
            assertThat(Jsoup.parse(get(browser(), base(instance) + "/").body()).select("a[href=/articles/on-its-time]")).isEmpty();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (WebServerApplicationContext instance : List.of(a, other())) {
                assertThat(get(browser(), base(instance) + "/articles/on-its-time").statusCode()).isEqualTo(200);
                assertThat(Jsoup.parse(get(browser(), base(instance) + "/").body()).select("a[href=/articles/on-its-time]"))
                        .isNotEmpty();
            }
        });
    }

    private static HttpClient signedInOn(WebServerApplicationContext instance) throws Exception {
        HttpClient admin = browser();
        HttpResponse<String> login = get(admin, base(instance) + "/login");
        HttpResponse<String> signedIn = post(admin, base(instance) + "/login",
                Map.of("_csrf", csrf(login), "username", Admin.USERNAME, "password", Admin.PASSWORD));
        assertThat(location(signedIn)).isEqualTo("/admin");
        return admin;
    }

    @Test
    void aValueSavedInTheBackOfficeOfOneInstanceShowsOnTheOthersPageWithinSeconds() throws Exception {
        String page = "/compare/django-vs-flask";
        String row = "tr[data-criterion=dvf-admin] td[data-testid=value]";
        String before = Jsoup.parse(get(browser(), base(other()) + page).body()).select(row).first().text();
        HttpClient admin = signedInOn(a);
        String editor = base(a) + "/admin/comparisons/django-vs-flask/criteria/dvf-admin";
        Document form = Jsoup.parse(get(admin, editor).body());
        StringBuilder body = new StringBuilder();
        for (org.jsoup.nodes.Element field : form.select("form[data-testid=part-form] input[name], "
                + "form[data-testid=part-form] textarea[name], form[data-testid=part-form] select[name]")) {
            if (field.attr("type").equals("checkbox") && !field.hasAttr("checked")) {
                continue;
            }
            String value = field.tagName().equals("select")
                    ? field.select("option[selected]").val()
                    : field.attr("name").equals("values.django.text") ? "Changed on instance A" : field.val();
            body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(field.attr("name"), StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        HttpResponse<String> saved = admin.send(HttpRequest.newBuilder(URI.create(editor))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(before).doesNotContain("Changed on instance A");

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> assertThat(
                Jsoup.parse(get(browser(), base(other()) + page).body()).select(row).first().text())
                .contains("Changed on instance A"));
    }

    @Test
    void maintenanceSwitchedOnOneInstanceShowsOnTheOther() throws Exception {
        HttpClient admin = signedInOn(a);
        HttpResponse<String> switchPage = get(admin, base(a) + "/admin/maintenance");
        try {
            assertThat(location(post(admin, base(a) + "/admin/maintenance",
                    Map.of("_csrf", csrf(switchPage), "enabled", "true")))).startsWith("/admin/maintenance");

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                    Jsoup.parse(get(browser(), base(other()) + "/").body()).select("[data-testid=maintenance-banner]")).hasSize(1));
            HttpResponse<String> quizOnB = get(browser(), base(other()) + "/decide");
            assertThat(quizOnB.statusCode()).isEqualTo(200);
        } finally {
            maintenanceMode.switchTo(false);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                Jsoup.parse(get(browser(), base(other()) + "/").body()).select("[data-testid=maintenance-banner]")).isEmpty());
    }
}
