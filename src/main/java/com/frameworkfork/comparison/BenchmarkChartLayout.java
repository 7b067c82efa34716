package com.frameworkfork.comparison;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.frameworkfork.comparison.BenchmarkChart.Bar;
import com.frameworkfork.comparison.BenchmarkChart.Group;
import com.frameworkfork.comparison.BenchmarkChart.Legend;
import com.frameworkfork.comparison.BenchmarkChart.Tick;

/**
 * Computes the chart geometry. The viewBox is narrow (420 units) so that, scaled down to a phone
 * screen, the 13-unit labels stay readable.
 */
final class BenchmarkChartLayout {

    static final int WIDTH = 420;
    /** Room to the right of the longest bar for its value label. */
    static final double PLOT_WIDTH = 340;
    static final double BAR_HEIGHT = 16;
    private static final double BAR_GAP = 3;
    private static final double LEGEND_HEIGHT = 28;
    private static final double GROUP_LABEL_HEIGHT = 20;
    private static final double GROUP_GAP = 14;
    private static final double AXIS_HEIGHT = 26;
    private static final double VALUE_LABEL_OFFSET = 5;
    private static final double LEGEND_SPACING = 180;

    record Series(String frameworkSlug, String label) {
    }

    record Point(String frameworkSlug, String frameworkName, BigDecimal value) {
    }

    record Workload(String label, List<Point> points) {
    }

    private BenchmarkChartLayout() {
    }

    static BenchmarkChart layout(String title, String unit, List<Series> series, List<Workload> workloads) {
        BigDecimal scaleMax = niceCeiling(workloads.stream()
                .flatMap(w -> w.points().stream())
                .map(Point::value)
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE));

        List<Legend> legend = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            legend.add(new Legend(series.get(i).frameworkSlug(), series.get(i).label(), i * LEGEND_SPACING, 4));
        }

        List<Group> groups = new ArrayList<>();
        double y = LEGEND_HEIGHT;
        for (Workload workload : workloads) {
            double labelY = y + GROUP_LABEL_HEIGHT - 6;
            double barY = y + GROUP_LABEL_HEIGHT;
            List<Bar> bars = new ArrayList<>();
            for (Point point : workload.points()) {
                double barWidth = barWidth(point.value(), scaleMax);
                bars.add(new Bar(point.frameworkSlug(), point.frameworkName(),
                        point.value().stripTrailingZeros().toPlainString(), format(point.value()),
                        barY, barWidth, BAR_HEIGHT, barWidth + VALUE_LABEL_OFFSET, barY + BAR_HEIGHT - 4));
                barY += BAR_HEIGHT + BAR_GAP;
            }
            groups.add(new Group(workload.label(), labelY, List.copyOf(bars)));
            y = barY + GROUP_GAP;
        }
        double plotBottom = y - GROUP_GAP / 2;

        List<Tick> ticks = new ArrayList<>();
        BigDecimal step = scaleMax.divide(BigDecimal.valueOf(tickCount(scaleMax)), 2, RoundingMode.HALF_UP);
        for (BigDecimal at = BigDecimal.ZERO; at.compareTo(scaleMax) <= 0; at = at.add(step)) {
            ticks.add(new Tick(barWidth(at, scaleMax), format(at)));
        }

        int height = (int) Math.ceil(plotBottom + AXIS_HEIGHT);
        return new BenchmarkChart(title, describe(unit, workloads), unit, WIDTH, height, scaleMax,
                LEGEND_HEIGHT, plotBottom, List.copyOf(legend), List.copyOf(groups), List.copyOf(ticks));
    }

    /** Bar length in viewBox units, rounded to a tenth so the markup stays short. */
    static double barWidth(BigDecimal value, BigDecimal scaleMax) {
        return value.multiply(BigDecimal.valueOf(PLOT_WIDTH))
                .divide(scaleMax, 1, RoundingMode.HALF_UP)
                .doubleValue();
    }

    /** The maximum rounded up to a whole multiple of its leading power of ten: 45,000 becomes 50,000. */
    static BigDecimal niceCeiling(BigDecimal max) {
        if (max.signum() <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal magnitude = leadingPower(max);
        return max.divide(magnitude, 0, RoundingMode.CEILING).multiply(magnitude);
    }

    /** One tick per leading power of ten (0, 10,000 ... 50,000), and at least a middle tick. */
    private static int tickCount(BigDecimal scaleMax) {
        int steps = scaleMax.divide(leadingPower(scaleMax), 0, RoundingMode.CEILING).intValue();
        return steps <= 1 ? 2 : steps;
    }

    private static BigDecimal leadingPower(BigDecimal value) {
        return BigDecimal.TEN.pow(value.setScale(0, RoundingMode.CEILING).toPlainString().length() - 1);
    }

    private static String describe(String unit, List<Workload> workloads) {
        StringBuilder text = new StringBuilder("Figures in ").append(unit).append(". ");
        for (Workload workload : workloads) {
            text.append(workload.label()).append(": ");
            List<String> parts = workload.points().stream()
                    .map(p -> p.frameworkName() + " " + format(p.value()))
                    .toList();
            text.append(String.join(", ", parts)).append(". ");
        }
        return text.toString().strip();
    }

    static String format(BigDecimal value) {
        NumberFormat number = NumberFormat.getNumberInstance(Locale.ENGLISH);
        number.setMaximumFractionDigits(2);
        return number.format(value);
    }
}
