package com.frameworkfork.comparison;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cache.CacheManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class ComparisonServiceTest {

    /** One query per table the page reads from, whatever the number of rows. */
    private static final long QUERIES_PER_PAGE = 12;

    @Autowired
    private ComparisonService service;

    @Autowired
    private CacheManager cacheManager;

    @Autowired
    private EntityManagerFactory entityManagerFactory;

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
        assertThat(page.sections()).hasSize(18);
        assertThat(page.sections().stream().mapToInt(s -> s.rows().size()).sum()).isGreaterThanOrEqualTo(25);
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
    void everyCellCitesAtLeastOneSource() {
        ComparisonPage page = service.page("django-vs-flask");

        page.sections().forEach(section -> section.rows().forEach(row -> {
            assertThat(row.first().sources()).as(row.code()).isNotEmpty();
            assertThat(row.second().sources()).as(row.code()).isNotEmpty();
        }));
    }

    @Test
    void unknownSlugIsNotFoundAndNotCached() {
        assertThatThrownBy(() -> service.page("foo")).isInstanceOf(ComparisonNotFoundException.class);
        assertThat(cacheManager.getCache(ComparisonService.CACHE).get("page:foo")).isNull();
    }
}
