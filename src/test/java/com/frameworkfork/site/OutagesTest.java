package com.frameworkfork.site;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site as a JVM of its own, ended the two ways an outage ends it: killed outright, and stopped
 * by a service manager. Each test has its own process on its own database files; both processes
 * start at once, because starting is most of what these tests wait for and the two do not share it.
 */
class OutagesTest {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    @TempDir
    static Path killedFolder;

    @TempDir
    static Path stoppedFolder;

    private static CompletableFuture<SiteProcess> toKill;
    private static CompletableFuture<SiteProcess> toStop;

    @BeforeAll
    static void startBoth() {
        toKill = start(killedFolder,
                "--site.hearts.per-minute=1000000",
                "--site.comments.per-minute=1000000",
                "--site.api.verdicts-per-minute=1000000");
        toStop = start(stoppedFolder,
                // Only the final flush at shutdown writes views, so the test sees whether it lands.
                "--site.views.flush-interval=1h",
                "--site.hearts.per-minute=1000000",
                "--site.comments.per-minute=1000000",
                "--site.api.verdicts-per-minute=1000000");
    }

    @AfterAll
    static void endWhateverIsLeft() throws Exception {
        for (CompletableFuture<SiteProcess> process : List.of(toKill, toStop)) {
            if (!process.isCompletedExceptionally()) {
                process.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS).close();
            }
        }
    }

    /** Starts the site on a thread of its own: the common pool may have a single thread on a small machine. */
    private static CompletableFuture<SiteProcess> start(Path folder, String... arguments) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return SiteProcess.start(folder, arguments);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }, task -> new Thread(task, "start of the site in " + folder.getFileName()).start());
    }

    /**
     * Once the site has answered a reader's write with success, the write survives the process being
     * killed outright (SIGKILL, no shutdown hooks): hearts, comments and verdicts written from several
     * threads, the site killed in the middle of the burst, every acknowledged row in the database file
     * afterwards. Article saves and the maintenance switch are committed the same way.
     */
    @Nested
    class CrashDurability {

        private static final List<String> SLUGS = List.of("moving-between-django-and-flask", "security-defaults-compared",
                "performance-claims-and-why-they-disagree");
        private static final int WRITERS = 6;
        private static final int ACKNOWLEDGED_BEFORE_THE_KILL = 300;

        private final Queue<String> hearts = new ConcurrentLinkedQueue<>();
        private final Queue<String> comments = new ConcurrentLinkedQueue<>();
        private final Queue<String> verdicts = new ConcurrentLinkedQueue<>();
        private final CountDownLatch enoughAcknowledged = new CountDownLatch(ACKNOWLEDGED_BEFORE_THE_KILL);
        private final AtomicBoolean killed = new AtomicBoolean();

        @Test
        void everyWriteAnsweredWithSuccessIsThereAfterTheProcessIsKilled() throws Exception {
            try (SiteProcess site = toKill.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
                List<Future<?>> burst = new ArrayList<>();
                for (int writer = 0; writer < WRITERS; writer++) {
                    int id = writer;
                    burst.add(writers.submit(() -> write(site, id)));
                }

                assertThat(enoughAcknowledged.await(90, TimeUnit.SECONDS)).as("writes acknowledged before the kill\n" + site.log())
                        .isTrue();
                killed.set(true);
                site.kill();
                for (Future<?> writer : burst) {
                    writer.get(60, TimeUnit.SECONDS);
                }
                writers.shutdown();

                SoftAssertions lost = new SoftAssertions();
                try (Connection database = site.openDatabase()) {
                    assertAllPresent(lost, "hearts", hearts, rows(database,
                            "SELECT a.slug || ' ' || h.visitor_id FROM article_heart h JOIN article a ON a.id = h.article_id"));
                    assertAllPresent(lost, "comments", comments, rows(database, "SELECT body FROM comment"));
                    assertAllPresent(lost, "verdicts", verdicts, rows(database, "SELECT id FROM decision_verdict"));
                }
                lost.assertAll();
            }
        }

        /** Hearts, comments and verdicts in turn until the site is gone, remembering each one that was acknowledged. */
        private Void write(SiteProcess site, int writer) throws InterruptedException {
            for (int n = 0; ; n++) {
                String slug = SLUGS.get(n % SLUGS.size());
                try {
                    switch (n % 3) {
                        case 0 -> {
                            String visitor = UUID.randomUUID().toString();
                            if (site.heart(slug, visitor) == 303) {
                                acknowledged(hearts, slug + " " + visitor);
                            }
                        }
                        case 1 -> {
                            String body = "Comment " + n + " from writer " + writer + " " + UUID.randomUUID();
                            if (site.comment(slug, body) == 303) {
                                acknowledged(comments, body);
                            }
                        }
                        default -> {
                            HttpResponse<String> created = site.createVerdict();
                            if (created.statusCode() == 201) {
                                String location = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
                                acknowledged(verdicts, location.substring(location.lastIndexOf('/') + 1));
                            }
                        }
                    }
                } catch (IOException siteGone) {
                    if (killed.get()) {
                        return null;
                    }
                    throw new AssertionError("A write failed before the kill", siteGone);
                }
            }
        }

        private void acknowledged(Queue<String> writes, String write) {
            writes.add(write);
            enoughAcknowledged.countDown();
        }

        private static Set<String> rows(Connection database, String query) throws SQLException {
            Set<String> rows = new HashSet<>();
            try (Statement statement = database.createStatement(); ResultSet result = statement.executeQuery(query)) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        }

        private static void assertAllPresent(SoftAssertions softly, String kind, Queue<String> acknowledged, Set<String> stored) {
            List<String> lost = acknowledged.stream().filter(write -> !stored.contains(write)).toList();
            softly.assertThat(lost.size()).as("%s acknowledged but lost: %d of %d, among them %s", kind, lost.size(),
                    acknowledged.size(), lost.stream().limit(3).toList()).isZero();
        }
}

    /**
     * Stopping the site with SIGTERM, as a service manager does, while readers keep reading and writing:
     * the requests in flight finish against a database that is still open, none gets a server error,
     * the views counted in memory are written, and the process ends.
     */
    @Nested
    class GracefulShutdown {

        private static final String READ_SLUG = "security-defaults-compared";
        private static final String WRITE_SLUG = "moving-between-django-and-flask";
        private static final int READS_BEFORE_THE_STOP = 100;

        private final Queue<Integer> statuses = new ConcurrentLinkedQueue<>();
        private final AtomicInteger viewsServed = new AtomicInteger();
        private final CountDownLatch enoughRead = new CountDownLatch(READS_BEFORE_THE_STOP);
        private final AtomicBoolean stopping = new AtomicBoolean();

        @Test
        void sigtermFinishesTheRequestsInFlightAndWritesTheLastViews() throws Exception {
            String slowComment = "This comment was still arriving when the stop began " + UUID.randomUUID();
            try (SiteProcess site = toStop.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
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
}
