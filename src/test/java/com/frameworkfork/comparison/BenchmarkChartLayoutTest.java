package com.frameworkfork.comparison;

import java.math.BigDecimal;
import java.util.List;

import com.frameworkfork.comparison.BenchmarkChart.Bar;
import com.frameworkfork.comparison.BenchmarkChartLayout.Point;
import com.frameworkfork.comparison.BenchmarkChartLayout.Series;
import com.frameworkfork.comparison.BenchmarkChartLayout.Workload;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BenchmarkChartLayoutTest {

    private static final List<Series> SERIES = List.of(new Series("django", "Django 5.2"), new Series("flask", "Flask 3.1"));

    private static Workload workload(String label, long django, long flask) {
        return new Workload(label, List.of(new Point("django", "Django", BigDecimal.valueOf(django)),
                new Point("flask", "Flask", BigDecimal.valueOf(flask))));
    }

    @Test
    void roundsTheScaleUpToAWholeMultipleOfTheLeadingPowerOfTen() {
        assertThat(BenchmarkChartLayout.niceCeiling(new BigDecimal("45000"))).isEqualByComparingTo("50000");
        assertThat(BenchmarkChartLayout.niceCeiling(new BigDecimal("50000"))).isEqualByComparingTo("50000");
        assertThat(BenchmarkChartLayout.niceCeiling(new BigDecimal("300"))).isEqualByComparingTo("300");
        assertThat(BenchmarkChartLayout.niceCeiling(new BigDecimal("301"))).isEqualByComparingTo("400");
        assertThat(BenchmarkChartLayout.niceCeiling(new BigDecimal("7.5"))).isEqualByComparingTo("8");
    }

    @Test
    void barLengthsAreProportionalToTheFigures() {
        BenchmarkChart chart = BenchmarkChartLayout.layout("Test", "req/s", SERIES,
                List.of(workload("JSON", 32_000, 45_000), workload("Queries", 3_800, 3_200)));

        assertThat(chart.scaleMax()).isEqualByComparingTo("50000");
        List<Bar> bars = chart.groups().stream().flatMap(g -> g.bars().stream()).toList();
        assertThat(bars).extracting(Bar::value).containsExactly("32000", "45000", "3800", "3200");
        assertThat(bars).extracting(Bar::barWidth).containsExactly(217.6, 306.0, 25.8, 21.8);
        assertThat(bars).extracting(Bar::valueLabel).containsExactly("32,000", "45,000", "3,800", "3,200");
    }

    @Test
    void barsAndGroupsNeverOverlapAndFitTheViewBox() {
        BenchmarkChart chart = BenchmarkChartLayout.layout("Test", "req/s", SERIES,
                List.of(workload("A", 1, 2), workload("B", 3, 4), workload("C", 5, 6)));

        double previousBottom = chart.plotTop();
        for (BenchmarkChart.Group group : chart.groups()) {
            assertThat(group.labelY()).isGreaterThan(previousBottom);
            for (Bar bar : group.bars()) {
                assertThat(bar.y()).isGreaterThan(group.labelY());
                assertThat(bar.y()).isGreaterThanOrEqualTo(previousBottom);
                assertThat(bar.labelX()).isGreaterThan(bar.barWidth()).isLessThan(chart.width());
                previousBottom = bar.y() + bar.barHeight();
            }
        }
        assertThat(chart.plotBottom()).isGreaterThan(previousBottom).isLessThan(chart.height());
    }

    @Test
    void ticksRunFromZeroToTheScaleMaximum() {
        BenchmarkChart chart = BenchmarkChartLayout.layout("Test", "req/s", SERIES, List.of(workload("JSON", 32_000, 45_000)));

        assertThat(chart.ticks()).extracting(BenchmarkChart.Tick::label)
                .containsExactly("0", "10,000", "20,000", "30,000", "40,000", "50,000");
        assertThat(chart.ticks().get(chart.ticks().size() - 1).x()).isEqualTo(BenchmarkChartLayout.PLOT_WIDTH);
    }

    @Test
    void textAlternativeListsEveryFigure() {
        BenchmarkChart chart = BenchmarkChartLayout.layout("Test", "req/s", SERIES, List.of(workload("JSON", 32_000, 45_000)));

        assertThat(chart.description()).isEqualTo("Figures in req/s. JSON: Django 32,000, Flask 45,000.");
    }
}
