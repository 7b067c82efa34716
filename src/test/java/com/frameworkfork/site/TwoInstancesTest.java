package com.frameworkfork.site;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import com.frameworkfork.FrameworkForkApplication;
import com.frameworkfork.support.EmbeddedPostgres;
import com.frameworkfork.web.maintenance.MaintenanceMode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the site behind no sticky load balancer, sharing one PostgreSQL database:
 * a reader may land on either for any request, and nothing they see depends on which.
 */
class TwoInstancesTest {

    private static final String ADMIN_PASSWORD = "two-instances-test-passphrase";

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
        return new SpringApplicationBuilder(FrameworkForkApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--spring.main.banner-mode=off",
                "--site.admin.password=" + ADMIN_PASSWORD);
    }

    private static String base(ConfigurableApplicationContext instance) {
        return "http://localhost:" + ((WebServerApplicationContext) instance).getWebServer().getPort();
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

        List<ConfigurableApplicationContext> alternate = List.of(b, a);
        for (int i = 0; i < 6; i++) {
            ConfigurableApplicationContext instance = alternate.get(i % 2);
            HttpResponse<String> question = get(reader, base(instance) + step);
            assertThat(question.statusCode()).isEqualTo(200);
            step = location(post(reader, base(instance) + step,
                    Map.of("_csrf", csrf(question), "answer", i == 1 ? "yes" : "no")));
        }

        assertThat(step).startsWith("/verdict/");
        Document onA = Jsoup.parse(get(browser(), base(a) + step).body());
        Document onB = Jsoup.parse(get(browser(), base(b) + step).body());
        assertThat(onA.select("[data-testid=recommendation]").attr("data-recommendation")).isEqualTo("DJANGO");
        assertThat(onB.select("[data-testid=recommendation]").attr("data-recommendation")).isEqualTo("DJANGO");
        assertThat(onB.select("[data-testid=reason]").eachText()).isEqualTo(onA.select("[data-testid=reason]").eachText());
    }

    @Test
    void heartsGivenOnBothInstancesAddUpExactly() throws Exception {
        String slug = "ecosystem-community-and-learning-curve";
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        long before = jdbc.queryForObject("SELECT heart_count FROM article WHERE slug = ?", Long.class, slug);
        List<Callable<Integer>> readers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ConfigurableApplicationContext instance = i % 2 == 0 ? a : b;
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
            String shownOnB = Jsoup.parse(get(browser(), base(b) + "/articles/" + slug).body()).select("[data-testid=heart-count]").text();
            assertThat(shownOnA).isEqualTo(shownOnB).isEqualTo(String.valueOf(before + 40));
        });
    }

    @Test
    void viewsCountedOnBothInstancesAddUpExactly() throws Exception {
        String slug = "security-defaults-compared";
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        // No other test here reads this article, so no views of it are waiting in memory.
        long before = jdbc.queryForObject("SELECT view_count FROM article WHERE slug = ?", Long.class, slug);
        HttpClient reader = browser();
        for (int i = 0; i < 30; i++) {
            assertThat(get(reader, base(i % 2 == 0 ? a : b) + "/articles/" + slug).statusCode()).isEqualTo(200);
        }

        // Each instance writes its counts on its own schedule; together they reach the exact sum.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(jdbc.queryForObject("SELECT view_count FROM article WHERE slug = ?", Long.class, slug))
                        .isEqualTo(before + 30));
    }

    /** The admin's browser, signed in on the given instance (their session lives there). */
    private static HttpClient signedInOn(ConfigurableApplicationContext instance) throws Exception {
        HttpClient admin = browser();
        HttpResponse<String> login = get(admin, base(instance) + "/login");
        HttpResponse<String> signedIn = post(admin, base(instance) + "/login",
                Map.of("_csrf", csrf(login), "username", "admin", "password", ADMIN_PASSWORD));
        assertThat(location(signedIn)).isEqualTo("/admin");
        return admin;
    }

    @Test
    void aValueSavedInTheBackOfficeOfOneInstanceShowsOnTheOthersPageWithinSeconds() throws Exception {
        String page = "/compare/django-vs-flask";
        String row = "tr[data-criterion=dvf-admin] td[data-testid=value]";
        String before = Jsoup.parse(get(browser(), base(b) + page).body()).select(row).first().text();
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
                Jsoup.parse(get(browser(), base(b) + page).body()).select(row).first().text())
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
                    Jsoup.parse(get(browser(), base(b) + "/").body()).select("[data-testid=maintenance-banner]")).hasSize(1));
            HttpResponse<String> quizOnB = get(browser(), base(b) + "/decide");
            assertThat(quizOnB.statusCode()).isEqualTo(200);
        } finally {
            a.getBean(MaintenanceMode.class).switchTo(false);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                Jsoup.parse(get(browser(), base(b) + "/").body()).select("[data-testid=maintenance-banner]")).isEmpty());
    }
}
