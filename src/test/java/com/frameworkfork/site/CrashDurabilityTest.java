package com.frameworkfork.site;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.frameworkfork.support.SiteProcess;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Once the site has answered a reader's write with success, the write survives the process being
 * killed outright (SIGKILL, no shutdown hooks): hearts, comments, verdicts and suggested corrections written from several
 * threads, the site killed in the middle of the burst, every acknowledged row in the database file
 * afterwards. Article saves and the maintenance switch are committed the same way.
 */
class CrashDurabilityTest {

    private static final List<String> SLUGS = List.of("moving-between-django-and-flask", "security-defaults-compared",
            "performance-claims-and-why-they-disagree");
    private static final int WRITERS = 6;
    private static final int ACKNOWLEDGED_BEFORE_THE_KILL = 300;

    @TempDir
    Path folder;

    private final Queue<String> hearts = new ConcurrentLinkedQueue<>();
    private final Queue<String> comments = new ConcurrentLinkedQueue<>();
    private final Queue<String> verdicts = new ConcurrentLinkedQueue<>();
    private final Queue<String> corrections = new ConcurrentLinkedQueue<>();
    private final CountDownLatch enoughAcknowledged = new CountDownLatch(ACKNOWLEDGED_BEFORE_THE_KILL);
    private final AtomicBoolean killed = new AtomicBoolean();

    @Test
    void everyWriteAnsweredWithSuccessIsThereAfterTheProcessIsKilled() throws Exception {
        try (SiteProcess site = SiteProcess.start(folder,
                "--site.hearts.per-minute=1000000",
                "--site.comments.per-minute=1000000",
                "--site.api.verdicts-per-minute=1000000",
                "--site.corrections.per-minute=1000000")) {
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
                assertAllPresent(lost, "suggested corrections", corrections,
                        rows(database, "SELECT problem FROM correction_suggestion"));
            }
            lost.assertAll();
        }
    }

    /** Hearts, comments, verdicts and suggested corrections in turn until the site is gone, remembering each one that was acknowledged. */
    private Void write(SiteProcess site, int writer) throws InterruptedException {
        for (int n = 0; ; n++) {
            String slug = SLUGS.get(n % SLUGS.size());
            try {
                switch (n % 4) {
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
                    case 2 -> {
                        String problem = "Correction " + n + " from writer " + writer + " " + UUID.randomUUID();
                        if (site.suggestCorrection(slug, problem) == 303) {
                            acknowledged(corrections, problem);
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
