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
 * Computes the chart geometry. The viewBox is as wide as a phone's column (360 units) and the
 * stylesheet never draws the chart much wider, so a 14-unit text renders at 13 to 17 CSS pixels.
 * Text widths are estimated from the number of characters, generously, because the server cannot
 * measure the reader's font; the estimate decides where value labels go and how far apart ticks are.
 */
final class BenchmarkChartLayout {

    static final int WIDTH = 360;
    static final double FONT_SIZE = 14;
    /** Average advance of a digit or comma in a system sans-serif, as a share of the font size, rounded up. */
    static final double CHARACTER_WIDTH = 0.62;
    /** The least room between two tick labels, as a share of the font size. */
    static final double LABEL_GAP = 1.0;
    static final double BAR_HEIGHT = 18;
    private static final double BAR_GAP = 4;
    private static final double GROUP_GAP = 14;
    private static final double VALUE_LABEL_OFFSET = 5;
    private static final int[] STEP_MULTIPLIERS = {1, 2, 5};

    record Series(String frameworkSlug, String label) {
    }

    record Point(String frameworkSlug, String frameworkName, BigDecimal value) {
    }

    record Workload(String label, List<Point> points) {
    }

    /** Where the value axis ends, and every how much it has a tick. */
    record Scale(BigDecimal max, BigDecimal step) {
    }

    private BenchmarkChartLayout() {
    }

    static BenchmarkChart layout(String title, String unit, List<Series> series, List<Workload> workloads) {
        return layout(title, unit, series, workloads, WIDTH, FONT_SIZE);
    }

    static BenchmarkChart layout(String title, String unit, List<Series> series, List<Workload> workloads,
                                 int width, double fontSize) {
        BigDecimal max = workloads.stream()
                .flatMap(w -> w.points().stream())
                .map(Point::value)
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE);
        double widestValue = workloads.stream().flatMap(w -> w.points().stream())
                .mapToDouble(p -> textWidth(format(p.value()), fontSize)).max().orElse(0);
        double plotWidth = width - widestValue - VALUE_LABEL_OFFSET;
        Scale scale = scale(max, plotWidth, fontSize);
        double lineHeight = fontSize * 1.4;

        // The legend is one line per series: on a phone two server names side by side would not fit.
        List<Legend> legend = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            legend.add(new Legend(series.get(i).frameworkSlug(), series.get(i).label(), 0, i * lineHeight));
        }
        double plotTop = series.size() * lineHeight + GROUP_GAP / 2;

        List<Group> groups = new ArrayList<>();
        double y = plotTop;
        for (Workload workload : workloads) {
            double labelY = y + fontSize;
            double barY = y + lineHeight;
            List<Bar> bars = new ArrayList<>();
            for (Point point : workload.points()) {
                double barWidth = barWidth(point.value(), scale.max(), plotWidth);
                bars.add(new Bar(point.frameworkSlug(), point.frameworkName(),
                        point.value().stripTrailingZeros().toPlainString(), format(point.value()),
                        barY, barWidth, BAR_HEIGHT, barWidth + VALUE_LABEL_OFFSET, barY + (BAR_HEIGHT + fontSize * 0.7) / 2));
                barY += BAR_HEIGHT + BAR_GAP;
            }
            groups.add(new Group(workload.label(), labelY, List.copyOf(bars)));
            y = barY + GROUP_GAP;
        }
        double plotBottom = y - GROUP_GAP / 2;

        List<Tick> ticks = ticks(scale, plotWidth);
        int height = (int) Math.ceil(plotBottom + lineHeight + 4);
        return new BenchmarkChart(title, describe(unit, workloads), unit, width, height, fontSize, scale.max(),
                plotTop, plotBottom, List.copyOf(legend), List.copyOf(groups), ticks);
    }

    /**
     * The smallest "nice" step (1, 2 or 5 times a power of ten) whose tick labels, as estimated, keep
     * {@link #LABEL_GAP} apart; the axis ends at the first whole step at or above the maximum.
     */
    static Scale scale(BigDecimal max, double plotWidth, double fontSize) {
        BigDecimal top = max.signum() <= 0 ? BigDecimal.ONE : max;
        // No label is narrower than a font size, so no smaller step can fit: start the search there.
        double smallestStep = top.doubleValue() * fontSize / plotWidth;
        BigDecimal power = BigDecimal.ONE.movePointRight((int) Math.floor(Math.log10(smallestStep)));
        while (true) {
            for (int multiplier : STEP_MULTIPLIERS) {
                BigDecimal step = power.multiply(BigDecimal.valueOf(multiplier));
                BigDecimal scaleMax = top.divide(step, 0, RoundingMode.CEILING).multiply(step);
                if (fits(ticks(new Scale(scaleMax, step), plotWidth), fontSize)) {
                    return new Scale(scaleMax, step);
                }
                if (step.compareTo(top) >= 0) {
                    // Only 0 and the maximum are left, and longer steps only make longer labels.
                    throw new IllegalArgumentException("A plot " + plotWidth + " wide has no room for two tick labels");
                }
            }
            power = power.multiply(BigDecimal.TEN);
        }
    }

    /** Whether each tick label ends, with the gap, before the next one starts, and all stay on the axis. */
    static boolean fits(List<Tick> ticks, double fontSize) {
        double previousEnd = Double.NEGATIVE_INFINITY;
        for (Tick tick : ticks) {
            double[] extent = extent(tick, fontSize);
            if (extent[0] < previousEnd + LABEL_GAP * fontSize) {
                return false;
            }
            previousEnd = extent[1];
        }
        return true;
    }

    /** The estimated left and right edge of a tick label, from its anchor. */
    static double[] extent(Tick tick, double fontSize) {
        double width = textWidth(tick.label(), fontSize);
        return switch (tick.anchor()) {
            case "start" -> new double[] {tick.x(), tick.x() + width};
            case "end" -> new double[] {tick.x() - width, tick.x()};
            default -> new double[] {tick.x() - width / 2, tick.x() + width / 2};
        };
    }

    static double textWidth(String text, double fontSize) {
        return text.length() * CHARACTER_WIDTH * fontSize;
    }

    private static List<Tick> ticks(Scale scale, double plotWidth) {
        List<Tick> ticks = new ArrayList<>();
        for (BigDecimal at = BigDecimal.ZERO; at.compareTo(scale.max()) <= 0; at = at.add(scale.step())) {
            boolean first = at.signum() == 0;
            boolean last = at.compareTo(scale.max()) == 0;
            ticks.add(new Tick(barWidth(at, scale.max(), plotWidth), format(at), first ? "start" : last ? "end" : "middle"));
        }
        return List.copyOf(ticks);
    }

    /** Bar length in viewBox units, rounded to a tenth so the markup stays short. */
    static double barWidth(BigDecimal value, BigDecimal scaleMax, double plotWidth) {
        return value.multiply(BigDecimal.valueOf(plotWidth))
                .divide(scaleMax, 1, RoundingMode.HALF_UP)
                .doubleValue();
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
