package com.frameworkfork.comparison;

import java.math.BigDecimal;
import java.util.List;

import com.frameworkfork.comparison.BenchmarkChart.Bar;
import com.frameworkfork.comparison.BenchmarkChart.Tick;
import com.frameworkfork.comparison.BenchmarkChartLayout.Point;
import com.frameworkfork.comparison.BenchmarkChartLayout.Series;
import com.frameworkfork.comparison.BenchmarkChartLayout.Workload;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BenchmarkChartLayoutTest {

    private static final List<Series> SERIES = List.of(new Series("django", "Django 5.2"), new Series("flask", "Flask 3.1"));
    private static final int[] WIDTHS = {300, 360, 420, 600, 800};
    private static final double[] FONT_SIZES = {12, 14, 18};

    private static Workload workload(String label, String django, String flask) {
        return new Workload(label, List.of(new Point("django", "Django", new BigDecimal(django)),
                new Point("flask", "Flask", new BigDecimal(flask))));
    }

    private static BenchmarkChart chart(int width, double fontSize, String... figures) {
        List<Workload> workloads = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < figures.length; i += 2) {
            workloads.add(workload("W" + i, figures[i], figures[i + 1]));
        }
        return BenchmarkChartLayout.layout("Test", "req/s", SERIES, workloads, width, fontSize);
    }

    /** Maxima from 1 to ten million, each at its round value and just above it, where labels get longest. */
    private static List<String> maxima() {
        List<String> maxima = new java.util.ArrayList<>();
        for (BigDecimal power = BigDecimal.ONE; power.compareTo(new BigDecimal("10000000")) <= 0; power = power.multiply(BigDecimal.TEN)) {
            for (String leading : List.of("1", "1.01", "2.4", "4.5", "7.7", "9.99")) {
                maxima.add(power.multiply(new BigDecimal(leading)).stripTrailingZeros().toPlainString());
            }
        }
        return maxima;
    }

    @Test
    void tickLabelsNeverOverlapAndStayInsideTheChartAtAnyWidthFontSizeAndMaximum() {
        for (int width : WIDTHS) {
            for (double fontSize : FONT_SIZES) {
                for (String max : maxima()) {
                    BenchmarkChart chart = chart(width, fontSize, max, "1");
                    List<Tick> ticks = chart.ticks();
                    String where = "width " + width + ", font " + fontSize + ", max " + max;
                    assertThat(ticks).as(where).hasSizeGreaterThanOrEqualTo(2);
                    for (int i = 1; i < ticks.size(); i++) {
                        double previousEnd = BenchmarkChartLayout.extent(ticks.get(i - 1), fontSize)[1];
                        double start = BenchmarkChartLayout.extent(ticks.get(i), fontSize)[0];
                        assertThat(start - previousEnd).as("gap before tick %s, %s", ticks.get(i).label(), where)
                                .isGreaterThanOrEqualTo(BenchmarkChartLayout.LABEL_GAP * fontSize);
                    }
                    assertThat(BenchmarkChartLayout.extent(ticks.get(0), fontSize)[0]).as(where).isGreaterThanOrEqualTo(0);
                    assertThat(BenchmarkChartLayout.extent(ticks.get(ticks.size() - 1), fontSize)[1]).as(where)
                            .isLessThanOrEqualTo(width);
                }
            }
        }
    }

    @Test
    void theAxisStartsAtZeroAndEndsAtTheFirstWholeStepAtOrAboveTheLargestFigure() {
        for (int width : WIDTHS) {
            for (String max : maxima()) {
                BenchmarkChart chart = chart(width, 14, max, "1");
                List<Tick> ticks = chart.ticks();
                BigDecimal step = chart.scaleMax().divide(BigDecimal.valueOf(ticks.size() - 1));
                assertThat(ticks.get(0).label()).isEqualTo("0");
                assertThat(ticks.get(0).x()).isZero();
                assertThat(chart.scaleMax()).isGreaterThanOrEqualTo(new BigDecimal(max));
                assertThat(chart.scaleMax().subtract(step)).as("width %d, max %s", width, max).isLessThan(new BigDecimal(max));
                assertThat(step.stripTrailingZeros().unscaledValue().intValue()).as("a 1, 2 or 5 step").isIn(1, 2, 5);
            }
        }
    }

    @Test
    void aWiderChartGetsTicksAtLeastAsCloseTogether() {
        for (String max : maxima()) {
            int previous = 0;
            for (int width : WIDTHS) {
                int ticks = chart(width, 14, max, "1").ticks().size();
                assertThat(ticks).as("max %s at width %d", max, width).isGreaterThanOrEqualTo(previous);
                previous = ticks;
            }
        }
    }

    @Test
    void barLengthsAreProportionalToTheFiguresAndValueLabelsFitTheChart() {
        for (int width : WIDTHS) {
            BenchmarkChart chart = chart(width, 14, "32000", "45000", "3800", "3200");
            List<Bar> bars = chart.groups().stream().flatMap(g -> g.bars().stream()).toList();
            Tick last = chart.ticks().get(chart.ticks().size() - 1);
            assertThat(bars).extracting(Bar::value).containsExactly("32000", "45000", "3800", "3200");
            for (Bar bar : bars) {
                assertThat(bar.barWidth() / last.x()).isCloseTo(new BigDecimal(bar.value()).doubleValue()
                        / chart.scaleMax().doubleValue(), within(0.002));
                assertThat(bar.labelX() + BenchmarkChartLayout.textWidth(bar.valueLabel(), 14)).isLessThanOrEqualTo(width);
            }
            assertThat(bars).extracting(Bar::valueLabel).containsExactly("32,000", "45,000", "3,800", "3,200");
        }
    }

    @Test
    void barsAndGroupsNeverOverlapAndFitTheViewBox() {
        BenchmarkChart chart = chart(360, 14, "1", "2", "3", "4", "5", "6");

        double previousBottom = chart.plotTop();
        for (BenchmarkChart.Group group : chart.groups()) {
            assertThat(group.labelY()).isGreaterThan(previousBottom);
            for (Bar bar : group.bars()) {
                assertThat(bar.y()).isGreaterThan(group.labelY());
                assertThat(bar.y()).isGreaterThanOrEqualTo(previousBottom);
                previousBottom = bar.y() + bar.barHeight();
            }
        }
        assertThat(chart.legend()).allSatisfy(legend -> assertThat(legend.y()).isLessThan(chart.plotTop()));
        assertThat(chart.plotBottom()).isGreaterThan(previousBottom);
        assertThat(chart.plotBottom() + chart.fontSize()).isLessThan(chart.height());
    }

    @Test
    void textAlternativeListsEveryFigure() {
        BenchmarkChart chart = BenchmarkChartLayout.layout("Test", "req/s", SERIES, List.of(workload("JSON", "32000", "45000")));

        assertThat(chart.description()).isEqualTo("Figures in req/s. JSON: Django 32,000, Flask 45,000.");
    }
}
