package com.frameworkfork.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.frameworkfork.support.Admin;
import com.frameworkfork.support.TightLimits;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that sends its request body a byte at a time cannot hold one of the site's workers past
 * the body deadline, so a crowd of them cannot starve everyone else; a large body sent at a normal
 * speed is not affected. The container runs with {@link TightLimits#WORKERS} workers and a two-second deadline here.
 */
@TightLimits
class SlowRequestBodiesTest {

    private static final int TRICKLING_CLIENTS = 3 * TightLimits.WORKERS;
    private static final int DECLARED_BODY_BYTES = 100_000;

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void clientsTricklingTheirBodiesAreCutOffAndTheSiteKeepsAnswering() throws Exception {
        ScheduledExecutorService trickle = Executors.newScheduledThreadPool(2);
        List<TricklingClient> tricklers = new ArrayList<>();
        try {
            for (int i = 0; i < TRICKLING_CLIENTS; i++) {
                // Tomcat reads a form body itself; a JSON body to a form route is never read by the site at all.
                tricklers.add(new TricklingClient(trickle, i % 2 == 0 ? "application/x-www-form-urlencoded" : "application/json"));
            }

            HttpResponse<String> robots = client.send(HttpRequest.newBuilder(uri("/robots.txt"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(robots.statusCode()).isEqualTo(200);

            for (TricklingClient trickler : tricklers) {
                String answer = trickler.answer.get(30, TimeUnit.SECONDS);
                assertThat(answer).as("what the site answered a client still sending its body").matches("(?s)HTTP/1\\.1 4\\d\\d .*");
                assertThat(trickler.bytesSent.get()).as("bytes of the body sent before the cut").isLessThan(DECLARED_BODY_BYTES);
            }
        } finally {
            trickle.shutdownNow();
            for (TricklingClient trickler : tricklers) {
                trickler.socket.close();
            }
        }
    }

    @Test
    void aFullLengthArticleSentAtNormalSpeedIsSaved() throws Exception {
        String session = signIn();
        // A signed-in editor's token lives in their session, so the session cookie is all the form needs.
        HttpResponse<String> editor = get("/admin/articles/new", session);
        String token = Jsoup.parse(editor.body()).selectFirst("input[name=_csrf]").val();
        String ending = "The last paragraph arrived too.";
        String markdown = "Plenty to say. ".repeat((200_000 - ending.length()) / 15) + ending;
        assertThat(markdown.length()).isLessThanOrEqualTo(200_000).isGreaterThan(199_900);

        HttpResponse<String> saved = post("/admin/articles", session, "_csrf=" + encode(token)
                + "&slug=a-full-length-article&title=" + encode("A full-length article")
                + "&summary=" + encode("As long as the editor allows.") + "&categorySlug=guides&publishedOn=2026-11-20"
                + "&state=published&action=save&bodyMarkdown=" + encode(markdown));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(get("/articles/a-full-length-article", null).body()).contains(ending);
    }

    /** A connection that sends a request's headers, then one byte of its body every 200 ms. */
    private final class TricklingClient {

        final Socket socket;
        final AtomicInteger bytesSent = new AtomicInteger();
        final CompletableFuture<String> answer = new CompletableFuture<>();

        TricklingClient(ScheduledExecutorService trickle, String contentType) throws IOException {
            socket = new Socket("localhost", port);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /articles/moving-between-django-and-flask/comments HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: " + contentType + "\r\nContent-Length: " + DECLARED_BODY_BYTES
                    + "\r\n\r\nbody=").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            ScheduledFuture<?> sending = trickle.scheduleWithFixedDelay(() -> {
                try {
                    out.write('a');
                    out.flush();
                    bytesSent.incrementAndGet();
                } catch (IOException cutOff) {
                    throw new IllegalStateException("cut off", cutOff);
                }
            }, 200, 200, TimeUnit.MILLISECONDS);
            Thread reader = new Thread(() -> {
                try (InputStream in = socket.getInputStream()) {
                    answer.complete(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
                } catch (IOException e) {
                    answer.completeExceptionally(e);
                } finally {
                    sending.cancel(false);
                }
            });
            reader.setDaemon(true);
            reader.start();
        }
    }

    private String signIn() throws Exception {
        HttpResponse<String> loginPage = get("/login", null);
        String csrfCookie = cookie(loginPage, "XSRF-TOKEN").orElseThrow();
        String token = Jsoup.parse(loginPage.body()).selectFirst("form[action=/login] input[name=_csrf]").val();
        HttpResponse<String> signedIn = post("/login", csrfCookie,
                "username=" + Admin.USERNAME + "&password=" + encode(Admin.PASSWORD) + "&_csrf=" + encode(token));
        return cookie(signedIn, "JSESSIONID").orElseThrow();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(String path, String cookies) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String cookies, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Cookie", cookies)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The name=value part of the named cookie the response sets. */
    private static Optional<String> cookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.split(";", 2)[0]).findFirst();
    }
}
