package com.frameworkfork.comparison;

import java.math.BigDecimal;
import java.util.List;

/**
 * A horizontal grouped bar chart, laid out in SVG user units so the template only copies numbers
 * into attributes. Each group is one workload with one bar per framework.
 *
 * @param width       the viewBox width
 * @param fontSize    the size of every text, in viewBox units
 * @param height      the viewBox height
 * @param scaleMax    the value that spans the full plot width
 * @param description a text alternative that lists every figure
 */
record BenchmarkChart(String title, String description, String unit, int width, int height, double fontSize,
                             BigDecimal scaleMax, double plotTop, double plotBottom, List<Legend> legend,
                             List<Group> groups, List<Tick> ticks) {

    public record Legend(String frameworkSlug, String label, double x, double y) {
    }

    public record Group(String label, double labelY, List<Bar> bars) {
    }

    /**
     * {@code value} is the stored figure in plain digits (for a data attribute); {@code barWidth} is
     * derived from it and {@code scaleMax}.
     */
    public record Bar(String frameworkSlug, String frameworkName, String value, String valueLabel, double y,
                      double barWidth, double barHeight, double labelX, double labelY) {
    }

    /** {@code anchor} is the SVG text-anchor: the first label starts at its tick, the last ends at it. */
    public record Tick(double x, String label, String anchor) {
    }
}
