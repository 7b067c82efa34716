package com.frameworkfork.admin;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One kind of activity per day, oldest day first, laid out as bars in a {@code width} by {@code height}
 * viewBox.
 *
 * @param kind what is counted, as the dashboard names it ("views", "hearts"...)
 */
record DailyChart(String kind, List<Day> days, int width, int height) {

    DailyChart {
        days = List.copyOf(days);
    }

    public long total() {
        return days.stream().mapToLong(Day::count).sum();
    }

    /** The busiest day, the latest of equally busy ones; null when no day had any activity. */
    public Day peak() {
        return days.stream().filter(d -> d.count() > 0)
                .max(Comparator.comparingLong(Day::count).thenComparing(Day::date)).orElse(null);
    }

    public LocalDate first() {
        return days.get(0).date();
    }

    public LocalDate last() {
        return days.get(days.size() - 1).date();
    }

    /** A day's slot; a day without activity has a bar of height 0, which is not drawn. */
    record Day(LocalDate date, long count, double x, double y, double barWidth, double barHeight) {
    }
}
