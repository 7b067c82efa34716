package com.frameworkfork.site;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.frameworkfork.support.SiteProcess;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping the site with SIGTERM, as a service manager does, while readers keep reading and writing:
 * the requests in flight finish against a database that is still open, none gets a server error,
 * the views counted in memory are written, and the process ends.
 */
class GracefulShutdownTest {

    private static final String READ_SLUG = "security-defaults-compared";
    private static final String WRITE_SLUG = "moving-between-django-and-flask";
    private static final int READS_BEFORE_THE_STOP = 100;

    @TempDir
    Path folder;

    private final Queue<Integer> statuses = new ConcurrentLinkedQueue<>();
    private final AtomicInteger viewsServed = new AtomicInteger();
    private final CountDownLatch enoughRead = new CountDownLatch(READS_BEFORE_THE_STOP);
    private final AtomicBoolean stopping = new AtomicBoolean();

    @Test
    void sigtermFinishesTheRequestsInFlightAndWritesTheLastViews() throws Exception {
        String slowComment = "This comment was still arriving when the stop began " + UUID.randomUUID();
        try (SiteProcess site = SiteProcess.start(folder,
                // Only the final flush at shutdown writes views, so the test sees whether it lands.
                "--site.views.flush-interval=1h",
                "--site.hearts.per-minute=1000000",
                "--site.comments.per-minute=1000000",
                "--site.api.verdicts-per-minute=1000000");
             Socket slow = new Socket("localhost", site.port())) {
            byte[] body = site.form(Map.of("name", "Reader", "body", slowComment, "website", "")).getBytes(StandardCharsets.US_ASCII);
            slow.setSoTimeout(60_000);
            OutputStream upload = slow.getOutputStream();
            BufferedReader answer = new BufferedReader(new InputStreamReader(slow.getInputStream(), StandardCharsets.US_ASCII));
            upload.write(("POST /articles/" + WRITE_SLUG + "/comments HTTP/1.1\r\n"
                    + "Host: localhost\r\n"
                    + "Cookie: " + site.csrfCookie() + "\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: " + body.length + "\r\n"
                    + "Expect: 100-continue\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            upload.flush();
            assertThat(answer.readLine()).as("the site has taken up the request").startsWith("HTTP/1.1 100");
            assertThat(answer.readLine()).isEmpty();
            upload.write(body, 0, body.length / 2);
            upload.flush();

            ExecutorService load = Executors.newFixedThreadPool(6);
            List<Future<?>> clients = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                clients.add(load.submit(() -> keepGoing(() -> {
                    int status = site.read(READ_SLUG);
                    if (status == 200) {
                        viewsServed.incrementAndGet();
                        enoughRead.countDown();
                    }
                    return status;
                })));
            }
            clients.add(load.submit(() -> keepGoing(() -> site.heart(WRITE_SLUG, UUID.randomUUID().toString()))));
            clients.add(load.submit(() -> keepGoing(() -> site.comment(WRITE_SLUG, "Written under load " + UUID.randomUUID()))));
            clients.add(load.submit(() -> keepGoing(() -> site.createVerdict().statusCode())));
            assertThat(enoughRead.await(60, TimeUnit.SECONDS)).as("reads before the stop").isTrue();

            stopping.set(true);
            site.terminate();
            site.awaitOutput("Commencing graceful shutdown", Duration.ofSeconds(30));
            upload.write(body, body.length / 2, body.length - body.length / 2);
            upload.flush();

            SoftAssertions softly = new SoftAssertions();
            softly.assertThat(answer.readLine()).as("the comment that was arriving").startsWith("HTTP/1.1 303");
            softly.assertThat(site.awaitExit(Duration.ofSeconds(60))).as("exit code").isIn(0, 143);
            for (Future<?> client : clients) {
                client.get(60, TimeUnit.SECONDS);
            }
            load.shutdown();

            // A 503 is Tomcat's answer to a request that reaches an open connection after the stop
            // began: nothing was done, and a load balancer sends it to another instance.
            softly.assertThat(statuses).as("answers during the load").isNotEmpty()
                    .filteredOn(status -> status >= 500 && status != 503).isEmpty();
            try (Connection database = site.openDatabase()) {
                softly.assertThat(viewCount(database, READ_SLUG)).as("views served before and during the stop")
                        .isEqualTo(viewsServed.get());
                softly.assertThat(commentCount(database, slowComment)).as("the comment that was arriving").isOne();
            }
            softly.assertAll();
        }
    }

    private interface SiteCall {
        int call() throws IOException, InterruptedException;
    }

    /** Repeats the call, recording each answer, until the site stops answering after the stop began. */
    private Void keepGoing(SiteCall call) throws InterruptedException {
        while (true) {
            try {
                statuses.add(call.call());
            } catch (IOException noLongerAnswering) {
                if (stopping.get()) {
                    return null;
                }
                throw new AssertionError("The site stopped answering before it was stopped", noLongerAnswering);
            }
        }
    }

    private static long viewCount(Connection database, String slug) throws Exception {
        try (PreparedStatement query = database.prepareStatement("SELECT view_count FROM article WHERE slug = ?")) {
            query.setString(1, slug);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static int commentCount(Connection database, String body) throws Exception {
        try (PreparedStatement query = database.prepareStatement("SELECT COUNT(*) FROM comment WHERE body = ?")) {
            query.setString(1, body);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
