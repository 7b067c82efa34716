package com.frameworkfork.comparison;

import com.frameworkfork.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules over the whole imported comparison and framework data: what the page shows can only be as good as this. */
@SiteTest
class ComparisonDataTest {

    @Autowired
    private JdbcTemplate jdbc;

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    @Test
    void everyCriterionHasOneValueForEachOfItsComparisonsTwoFrameworks() {
        assertThat(count("SELECT COUNT(*) FROM criterion")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM criterion c JOIN comparison_section s ON s.id = c.section_id "
                + "JOIN comparison k ON k.id = s.comparison_id WHERE (SELECT COUNT(*) FROM criterion_value v "
                + "WHERE v.criterion_id = c.id AND v.framework_id IN (k.first_framework_id, k.second_framework_id)) <> 2"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM criterion_value v JOIN criterion c ON c.id = v.criterion_id "
                + "JOIN comparison_section s ON s.id = c.section_id JOIN comparison k ON k.id = s.comparison_id "
                + "WHERE v.framework_id NOT IN (k.first_framework_id, k.second_framework_id)")).isZero();
    }

    @Test
    void everyValueNoteAndSideHasAtLeastOneSource() {
        assertThat(count("SELECT COUNT(*) FROM criterion_value v WHERE NOT EXISTS "
                + "(SELECT 1 FROM criterion_value_source s WHERE s.criterion_value_id = v.id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM section_note n WHERE NOT EXISTS "
                + "(SELECT 1 FROM section_note_source s WHERE s.section_note_id = n.id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM disagreement_side d WHERE NOT EXISTS "
                + "(SELECT 1 FROM disagreement_side_source s WHERE s.disagreement_side_id = d.id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM framework f WHERE NOT EXISTS "
                + "(SELECT 1 FROM framework_source s WHERE s.framework_id = f.id)")).isZero();
    }

    @Test
    void everyDisagreementHasAtLeastTwoSides() {
        assertThat(count("SELECT COUNT(*) FROM disagreement")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM disagreement d WHERE (SELECT COUNT(*) FROM disagreement_side s "
                + "WHERE s.disagreement_id = d.id) < 2")).isZero();
    }

    @Test
    void everyBenchmarkHasAFigureForBothFrameworksAndRangesRunUpwards() {
        assertThat(count("SELECT COUNT(*) FROM benchmark b JOIN comparison k ON k.id = b.comparison_id "
                + "WHERE (SELECT COUNT(*) FROM benchmark_result r WHERE r.benchmark_id = b.id "
                + "AND r.framework_id IN (k.first_framework_id, k.second_framework_id)) <> 2")).isZero();
        assertThat(count("SELECT COUNT(*) FROM benchmark_result WHERE high_amount < low_amount")).isZero();
        assertThat(count("SELECT COUNT(*) FROM benchmark WHERE charted = TRUE AND doubt IS NOT NULL"))
                .as("a doubtful figure is never marked for the chart by the shipped data").isZero();
    }

    @Test
    void everyComparedFrameworkHasACurrentReleaseAndSupportNeverEndsBeforeItStarts() {
        assertThat(count("SELECT COUNT(*) FROM framework f WHERE f.compared = TRUE AND NOT EXISTS "
                + "(SELECT 1 FROM framework_release r WHERE r.framework_id = f.id AND r.released_on IS NOT NULL)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM comparison k JOIN framework f ON f.id IN (k.first_framework_id, "
                + "k.second_framework_id) WHERE f.compared = FALSE")).isZero();
        assertThat(count("SELECT COUNT(*) FROM framework_release WHERE (released_on IS NULL) = (expected_on IS NULL)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM framework_release WHERE COALESCE(released_on, expected_on) > "
                + "COALESCE(mainstream_until, security_until, COALESCE(released_on, expected_on)) "
                + "OR COALESCE(released_on, expected_on) > COALESCE(security_until, COALESCE(released_on, expected_on)) "
                + "OR mainstream_until > security_until")).isZero();
    }

    @Test
    void nothingTheOldSeedingMigrationLeftRemains() {
        for (String table : new String[] {"section_note", "disagreement", "benchmark", "use_case_pick", "pro_con", "migration_step"}) {
            assertThat(count("SELECT COUNT(*) FROM " + table + " WHERE content_key LIKE 'seeded-%'")).as(table).isZero();
        }
    }
}
