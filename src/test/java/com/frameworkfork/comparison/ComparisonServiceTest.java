package com.frameworkfork.comparison;

import jakarta.persistence.EntityManagerFactory;

import com.frameworkfork.support.SiteTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The comparison page is assembled in a fixed number of queries and then served from the cache. */
@SiteTest
class ComparisonServiceTest {

    /** One query per table the page reads from, whatever the number of rows. */
    private static final long QUERIES_PER_PAGE = 12;

    @Autowired
    private ComparisonService service;

    @Autowired
    private CacheManager cacheManager;

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    @Autowired
    private JdbcTemplate jdbc;

    private Statistics statistics;

    @BeforeEach
    void startClean() {
        cacheManager.getCache(ComparisonService.CACHE).clear();
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
    }

    @Test
    void loadsTheWholePageInAFixedNumberOfQueries() {
        ComparisonPage page = service.page("django-vs-flask");

        assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(QUERIES_PER_PAGE);
        assertThat(page.sections()).hasSize(jdbc.queryForObject("SELECT COUNT(*) FROM comparison_section s "
                + "JOIN comparison c ON c.id = s.comparison_id WHERE c.slug = 'django-vs-flask'", Integer.class));
        assertThat(page.sections().stream().mapToInt(s -> s.rows().size()).sum())
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM criterion", Integer.class));
    }

    @Test
    void servesTheAssembledPageFromTheCacheAfterTheFirstRead() {
        ComparisonPage first = service.page("django-vs-flask");
        statistics.clear();

        ComparisonPage second = service.page("django-vs-flask");

        assertThat(second).isSameAs(first);
        assertThat(statistics.getPrepareStatementCount()).isZero();
    }

    @Test
    void unknownSlugIsNotFoundAndNotCached() {
        assertThatThrownBy(() -> service.page("foo")).isInstanceOf(ComparisonNotFoundException.class);
        assertThat(cacheManager.getCache(ComparisonService.CACHE).get("page:foo")).isNull();
    }
}
