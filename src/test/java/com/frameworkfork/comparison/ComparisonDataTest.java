package com.frameworkfork.comparison;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules the comparison data must keep, whatever an editor puts in it: what the page shows can only
 * be as good as this. Checked on the seeded data with nothing but the database.
 */
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
    void everyCriterionHasOneValueForEachOfTheTwoFrameworksCompared() {
        assertThat(count("SELECT COUNT(*) FROM criterion")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM criterion c JOIN comparison_section s ON s.id = c.section_id "
                + "JOIN comparison cmp ON cmp.id = s.comparison_id WHERE (SELECT COUNT(*) FROM criterion_value v "
                + "WHERE v.criterion_id = c.id AND v.framework_id IN (cmp.first_framework_id, cmp.second_framework_id)) <> 2"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM criterion_value v JOIN criterion c ON c.id = v.criterion_id "
                + "JOIN comparison_section s ON s.id = c.section_id JOIN comparison cmp ON cmp.id = s.comparison_id "
                + "WHERE v.framework_id NOT IN (cmp.first_framework_id, cmp.second_framework_id)"))
                .as("values for a framework the comparison does not compare").isZero();
    }

    @Test
    void everyValueAndNoteHasASourceAndEveryDisagreementIsBetweenTwoSources() {
        assertThat(count("SELECT COUNT(*) FROM criterion_value v WHERE NOT EXISTS "
                + "(SELECT 1 FROM criterion_value_source s WHERE s.criterion_value_id = v.id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM section_note n WHERE NOT EXISTS "
                + "(SELECT 1 FROM section_note_source s WHERE s.section_note_id = n.id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM disagreement WHERE side_a_source_id = side_b_source_id")).isZero();
    }

    @Test
    void everyBenchmarkHasOneFigureForEachFrameworkAndAChartShowsSingleFigures() {
        assertThat(count("SELECT COUNT(*) FROM benchmark b JOIN comparison cmp ON cmp.id = b.comparison_id "
                + "WHERE (SELECT COUNT(*) FROM benchmark_result r WHERE r.benchmark_id = b.id "
                + "AND r.framework_id IN (cmp.first_framework_id, cmp.second_framework_id)) <> 2")).isZero();
        assertThat(count("SELECT COUNT(*) FROM benchmark_result WHERE low_amount <= 0 OR high_amount < low_amount"))
                .as("figures below zero and ranges that run backwards").isZero();
        assertThat(count("SELECT COUNT(*) FROM benchmark_result r JOIN benchmark b ON b.id = r.benchmark_id "
                + "WHERE b.charted = TRUE AND r.high_amount IS NOT NULL")).as("ranges on the chart").isZero();
    }

    @Test
    void theRepositoryLoadsEveryValueOfAComparisonWithItsStoredSources() {
        long id = comparisons.findBySlug("django-vs-flask").orElseThrow().getId();

        List<CriterionValue> values = comparisons.findValues(id);

        assertThat(values).hasSize(jdbc.queryForObject("SELECT COUNT(*) FROM criterion_value v "
                + "JOIN criterion c ON c.id = v.criterion_id JOIN comparison_section s ON s.id = c.section_id "
                + "WHERE s.comparison_id = ?", Integer.class, id));
        assertThat(values).allSatisfy(value -> assertThat(value.getSources()).hasSize(jdbc.queryForObject(
                "SELECT COUNT(*) FROM criterion_value_source WHERE criterion_value_id = ?", Integer.class, value.getId())));
    }
}
