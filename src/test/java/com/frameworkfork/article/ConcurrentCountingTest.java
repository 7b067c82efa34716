package com.frameworkfork.article;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.frameworkfork.support.SiteTest;
import com.frameworkfork.support.TestArticles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** Many readers at once: no view or heart may be lost, and no visitor may heart twice. */
@SiteTest
class ConcurrentCountingTest {

    private static final int THREADS = 16;

    @LocalServerPort
    private int port;

    @Autowired
    private ArticleService articles;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ViewCounter viewCounter;

    @Autowired
    private MockMvc mvc;

    private long column(String column, String slug) {
        return jdbc.queryForObject("SELECT " + column + " FROM article WHERE slug = ?", Long.class, slug);
    }

    private static <T> List<T> runConcurrently(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentReadsAreAllCounted() throws Exception {
        String slug = "read-by-many-at-once";
        TestArticles.create(mvc, slug);
        viewCounter.flush();
        long before = column("view_count", slug);
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/articles/" + slug)).build();
        List<Callable<Integer>> reads = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            reads.add(() -> client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        }

        List<Integer> statuses = runConcurrently(reads);

        assertThat(statuses).containsOnly(200);
        viewCounter.flush();
        assertThat(column("view_count", slug)).isEqualTo(before + 200);
    }

    @Test
    void concurrentHeartsFromDistinctVisitorsAddUpExactly() throws Exception {
        String slug = "hearted-by-many-at-once";
        TestArticles.create(mvc, slug);
        long before = column("heart_count", slug);
        List<Callable<Boolean>> hearts = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String visitor = UUID.randomUUID().toString();
            hearts.add(() -> articles.heart(slug, visitor));
        }

        assertThat(runConcurrently(hearts)).containsOnly(true);
        assertThat(column("heart_count", slug)).isEqualTo(before + 120);
    }

    @Test
    void oneVisitorHeartingFromManyTabsAtOnceCountsOnce() throws Exception {
        String slug = "hearted-from-many-tabs";
        TestArticles.create(mvc, slug);
        long before = column("heart_count", slug);
        String visitor = UUID.randomUUID().toString();
        List<Callable<Boolean>> hearts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            hearts.add(() -> articles.heart(slug, visitor));
        }

        List<Boolean> accepted = runConcurrently(hearts);

        assertThat(accepted).containsOnlyOnce(true);
        assertThat(column("heart_count", slug)).isEqualTo(before + 1);
    }
}
