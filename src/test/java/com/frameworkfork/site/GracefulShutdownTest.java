package com.frameworkfork.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.frameworkfork.FrameworkForkApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping the site lets requests in flight finish, and what was written before the stop, views
 * still buffered in memory among it, is there after a restart on the same database file.
 */
class GracefulShutdownTest {

    private static final CountDownLatch SLOW_REQUEST_STARTED = new CountDownLatch(1);
    private static final String VERDICT_JSON = """
            {"answers": {"api": "yes", "admin": "no", "solo": "yes", "team": "no", "growth": "no", "learning": "yes"}}""";

    @TempDir
    Path dataDirectory;

    private final HttpClient client = HttpClient.newHttpClient();

    /** A test-only route that takes its time; not a component, so only this test's application has it. */
    static class SlowRoute {

        @Bean
        RouterFunction<ServerResponse> slowRoute() {
            return RouterFunctions.route().GET("/test-only/slow", request -> {
                SLOW_REQUEST_STARTED.countDown();
                Thread.sleep(1500);
                return ServerResponse.ok().body("finished");
            }).build();
        }
    }

    @Test
    void aRequestInFlightFinishesWhileTheSiteStops() throws Exception {
        ConfigurableApplicationContext site = start(SlowRoute.class, FrameworkForkApplication.class);
        CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
                HttpRequest.newBuilder(uri(site, "/test-only/slow")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(SLOW_REQUEST_STARTED.await(10, TimeUnit.SECONDS)).isTrue();

        site.close();

        HttpResponse<String> answer = inFlight.get(10, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("finished");
    }

    @Test
    void whatWasWrittenBeforeAStopIsThereAfterARestart() throws Exception {
        String slug = "performance-claims-and-why-they-disagree";
        String verdictPath;
        long views;
        try (ConfigurableApplicationContext site = start(FrameworkForkApplication.class)) {
            HttpResponse<String> created = client.send(HttpRequest.newBuilder(uri(site, "/api/v1/verdicts"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(VERDICT_JSON)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
            verdictPath = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
            views = viewCount(site, slug);
            for (int i = 0; i < 3; i++) {
                assertThat(client.send(HttpRequest.newBuilder(uri(site, "/articles/" + slug)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
            }
        }

        try (ConfigurableApplicationContext site = start(FrameworkForkApplication.class)) {
            String id = verdictPath.substring(verdictPath.lastIndexOf('/') + 1);
            assertThat(client.send(HttpRequest.newBuilder(uri(site, "/api/v1/verdicts/" + id)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
            assertThat(viewCount(site, slug)).as("views buffered in memory were written at shutdown").isEqualTo(views + 3);
        }
    }

    private ConfigurableApplicationContext start(Class<?>... sources) {
        return new SpringApplicationBuilder(sources).run(
                "--spring.datasource.url=jdbc:h2:file:" + dataDirectory.resolve("site") + ";AUTO_SERVER=FALSE",
                "--server.port=0", "--spring.main.banner-mode=off", "--site.views.flush-interval=1h");
    }

    private static long viewCount(ConfigurableApplicationContext site, String slug) {
        return site.getBean(JdbcTemplate.class).queryForObject("SELECT view_count FROM article WHERE slug = ?", Long.class, slug);
    }

    private static URI uri(ConfigurableApplicationContext site, String path) {
        int port = ((WebServerApplicationContext) site).getWebServer().getPort();
        return URI.create("http://localhost:" + port + path);
    }
}
