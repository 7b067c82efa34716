package com.frameworkfork.article;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.frameworkfork.source.Source;
import com.frameworkfork.support.EmbeddedPostgres;
import com.frameworkfork.support.PostgresTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole migration set and the article queries on a real PostgreSQL server. */
@SpringBootTest
class PostgresArticleRepositoryTest {

    @BeforeAll
    static void requirePostgres() {
        EmbeddedPostgres.assumeAvailable();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTest.register(registry);
    }

    @Autowired
    private ArticleRepository articles;

    @Autowired
    private ArticleService articleService;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ViewCounter viewCounter;

    @Test
    void runsOnPostgresWithEveryMigrationApplied() {
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
        Integer failed = jdbc.queryForObject(
                "SELECT COUNT(*) FROM flyway_schema_history WHERE success = FALSE", Integer.class);
        assertThat(failed).isZero();
        assertThat(articles.findPublicNewestFirst(LocalDateTime.now(ZoneOffset.UTC))).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void loadsAnArticleWithCategoryAndSources() {
        Article guide = articles.findPublicBySlug("django-or-flask-decision-guide", LocalDateTime.now(ZoneOffset.UTC)).orElseThrow();

        assertThat(guide.getCategory().getSlug()).isEqualTo("guides");
        assertThat(guide.getSources()).extracting(Source::getCode).contains("S1");
        assertThat(guide.getBodyHtml()).contains("<h2>");
    }

    @Test
    void countsViewsAndHeartsAtomically() throws Exception {
        Article article = articles.findPublicBySlug("security-defaults-compared", LocalDateTime.now(ZoneOffset.UTC)).orElseThrow();
        viewCounter.flush();
        ArticleCounts before = articles.findCounts(article.getId());
        List<Callable<Boolean>> work = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String visitor = UUID.randomUUID().toString();
            work.add(() -> articleService.heart("security-defaults-compared", visitor));
            work.add(() -> articleService.read("security-defaults-compared", true) != null);
        }
        String sameVisitor = UUID.randomUUID().toString();
        for (int i = 0; i < 20; i++) {
            work.add(() -> articleService.heart("security-defaults-compared", sameVisitor));
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            for (var result : pool.invokeAll(work)) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }

        viewCounter.flush();
        ArticleCounts after = articles.findCounts(article.getId());
        assertThat(after.views()).isEqualTo(before.views() + 60);
        assertThat(after.hearts()).isEqualTo(before.hearts() + 61);
    }
}
