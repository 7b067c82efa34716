package com.frameworkfork.comparison;

import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import com.frameworkfork.content.ContentVersion;
import com.frameworkfork.support.SiteTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SiteTest
class ComparisonServiceTest {

    @Autowired
    private ComparisonService service;

    @Autowired
    private ComparisonStore store;

    @Autowired
    private ContentVersion version;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    private Statistics statistics() {
        return entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    }

    /** What an editor's save does to the comparison: a change, and the version raised in the same transaction. */
    private void save(Part part, String key, Map<String, Object> record) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            store.write(part, key, record);
            version.bump();
        });
    }

    /** Takes a test's addition out again, so that the other tests of this application see the shipped comparison. */
    private void remove(Part part, String key) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            assertThat(store.remove(part, key)).as("%s %s removed", part, key).isTrue();
            version.bump();
        });
    }

    @Test
    void assemblingThePageCostsTheSameNumberOfQueriesHoweverManyRowsItHas() {
        save(Part.COMPARISON, "django-vs-flask", store.current(Part.COMPARISON).get("django-vs-flask"));
        statistics().clear();
        service.page("django-vs-flask");
        long before = statistics().getPrepareStatementCount();

        save(Part.CRITERION, "dvf-extra-row", PartRecords.record("section", "django-vs-flask#at-a-glance",
                "label", "An extra row", "position", 99));
        try {
            for (String framework : new String[] {"django", "flask"}) {
                save(Part.VALUE, Part.valueKey("dvf-extra-row", framework), PartRecords.record("criterion", "dvf-extra-row",
                        "framework", framework, "text", "Some value", "sources", java.util.List.of("S1", "S2")));
            }
            statistics().clear();
            ComparisonPage page = service.page("django-vs-flask");

            assertThat(page.sections().stream().flatMap(s -> s.rows().stream()).map(ComparisonPage.CriterionRow::code))
                    .contains("dvf-extra-row");
            assertThat(statistics().getPrepareStatementCount()).isEqualTo(before);
        } finally {
            remove(Part.CRITERION, "dvf-extra-row");
        }
    }

    @Test
    void keepsTheAssembledPageUntilTheContentVersionChanges() {
        ComparisonPage first = service.page("django-vs-flask");
        statistics().clear();

        assertThat(service.page("django-vs-flask")).isSameAs(first);
        assertThat(statistics().getPrepareStatementCount()).isZero();

        Map<String, Object> shipped = store.current(Part.COMPARISON).get("django-vs-flask");
        Map<String, Object> header = new java.util.LinkedHashMap<>(shipped);
        header.put("summary", "A summary an editor just saved.");
        save(Part.COMPARISON, "django-vs-flask", header);
        try {
            assertThat(service.page("django-vs-flask").summary()).isEqualTo("A summary an editor just saved.");
        } finally {
            save(Part.COMPARISON, "django-vs-flask", shipped);
        }
    }

    @Test
    void unknownSlugIsNotFound() {
        assertThatThrownBy(() -> service.page("foo")).isInstanceOf(ComparisonNotFoundException.class);
    }
}
