package com.frameworkfork.comparison;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the seeded comparison data itself: what the page shows can only be as good as this. */
@DataJpaTest
class ComparisonDataTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ComparisonRepository comparisons;

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    @Test
    void seedsAtLeastTwentyFiveCriteriaEachWithAValueForBothFrameworks() {
        assertThat(count("SELECT COUNT(*) FROM criterion")).isGreaterThanOrEqualTo(25);
        assertThat(count("SELECT COUNT(*) FROM criterion c WHERE (SELECT COUNT(*) FROM criterion_value v "
                + "JOIN framework f ON f.id = v.framework_id WHERE v.criterion_id = c.id AND f.slug IN ('django', 'flask')) <> 2"))
                .isZero();
    }

    @Test
    void everyValueNoteAndFigureHasASource() {
        assertThat(count("SELECT COUNT(*) FROM criterion_value v WHERE NOT EXISTS "
                + "(SELECT 1 FROM criterion_value_source s WHERE s.criterion_value_id = v.id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM section_note n WHERE NOT EXISTS "
                + "(SELECT 1 FROM section_note_source s WHERE s.section_note_id = n.id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM benchmark b WHERE (SELECT COUNT(*) FROM benchmark_result r "
                + "WHERE r.benchmark_id = b.id) <> 2")).isZero();
    }

    @Test
    void storesS5BenchmarksAsNumbersAndS1AsARange() {
        assertThat(count("SELECT COUNT(*) FROM benchmark b JOIN source s ON s.id = b.source_id "
                + "WHERE s.code = 'S5' AND b.charted = TRUE")).isEqualTo(6);
        List<String> s1 = jdbc.queryForList("SELECT CONCAT(CAST(r.low_amount AS INTEGER), '-', CAST(r.high_amount AS INTEGER)) "
                + "FROM benchmark_result r JOIN benchmark b ON b.id = r.benchmark_id JOIN source s ON s.id = b.source_id "
                + "JOIN framework f ON f.id = r.framework_id WHERE s.code = 'S1' ORDER BY f.slug", String.class);
        assertThat(s1).containsExactly("100-200", "200-300");
    }

    @Test
    void hasTheThreeDisagreementsWithASourceOnEachSide() {
        assertThat(jdbc.queryForList("SELECT CONCAT(a.code, '/', b.code) FROM disagreement d "
                + "JOIN source a ON a.id = d.side_a_source_id JOIN source b ON b.id = d.side_b_source_id ORDER BY d.id", String.class))
                .containsExactly("S5/S1", "S1/S5", "S2/S5");
    }

    @Test
    void repositoryFetchesValuesWithTheirSources() {
        long id = comparisons.findBySlug("django-vs-flask").orElseThrow().getId();

        List<CriterionValue> values = comparisons.findValues(id);

        assertThat(values).hasSize(count("SELECT COUNT(*) FROM criterion_value"));
        assertThat(values).allSatisfy(v -> assertThat(v.getSources()).isNotEmpty());
    }
}
