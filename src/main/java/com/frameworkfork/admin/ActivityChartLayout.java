package com.frameworkfork.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.frameworkfork.decision.verdict.AnswerSplit;

/**
 * Works out the dashboard's chart geometry in SVG user units, apart from drawing, so the template only
 * copies numbers into attributes and the rules can be tested: one slot per day whether or not the day
 * had any activity, bar heights in proportion to the day's figure with the busiest day filling the
 * height, and answer shares side by side in proportion to their counts.
 */
final class ActivityChartLayout {

    static final int DAILY_WIDTH = 300;
    static final int DAILY_HEIGHT = 60;
    /** Space between neighbouring bars, so 30 days read as 30 bars rather than one block. */
    static final double BAR_GAP = 2;
    /** A day with any activity stays visible beside a day a thousand times busier. */
    static final double MIN_BAR_HEIGHT = 1;

    /** The split bar's viewBox width: a part's width is its share in percent. */
    static final int SPLIT_WIDTH = 100;

    private ActivityChartLayout() {
    }

    /** @param counts one figure per day, oldest first, starting on {@code firstDay} */
    static DailyChart daily(String kind, LocalDate firstDay, List<Long> counts) {
        long max = counts.stream().mapToLong(Long::longValue).max().orElse(0);
        double slot = (double) DAILY_WIDTH / counts.size();
        List<DailyChart.Day> days = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            long count = counts.get(i);
            double height = count == 0 ? 0 : Math.max(MIN_BAR_HEIGHT, tenths((double) count * DAILY_HEIGHT / max));
            days.add(new DailyChart.Day(firstDay.plusDays(i), count, tenths(i * slot + BAR_GAP / 2),
                    tenths(DAILY_HEIGHT - height), tenths(slot - BAR_GAP), height));
        }
        return new DailyChart(kind, days, DAILY_WIDTH, DAILY_HEIGHT);
    }

    static AnswerSplitChart split(AnswerSplit split) {
        long total = split.total();
        int[] percents = wholePercents(split.shares().stream().mapToLong(AnswerSplit.Share::count).toArray(), total);
        List<AnswerSplitChart.Part> parts = new ArrayList<>();
        double x = 0;
        for (int i = 0; i < split.shares().size(); i++) {
            AnswerSplit.Share share = split.shares().get(i);
            double width = total == 0 ? 0 : tenths((double) share.count() * SPLIT_WIDTH / total);
            parts.add(new AnswerSplitChart.Part(share.answer(), share.label(), share.count(), percents[i], x, width));
            x = tenths(x + width);
        }
        return new AnswerSplitChart(split.questionKey(), split.number(), split.prompt(), total, parts, SPLIT_WIDTH);
    }

    /**
     * Whole percents that add up to 100 (all 0 when the total is): each share's percent rounded down,
     * and the points left over go to the shares that lost most in rounding, the earlier one on a tie.
     * Rounding each share on its own can show 101% or 99% in all.
     */
    static int[] wholePercents(long[] counts, long total) {
        int[] percents = new int[counts.length];
        if (total == 0) {
            return percents;
        }
        int given = 0;
        for (int i = 0; i < counts.length; i++) {
            percents[i] = (int) (100 * counts[i] / total);
            given += percents[i];
        }
        List<Integer> byRemainder = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            byRemainder.add(i);
        }
        byRemainder.sort(Comparator.comparingLong((Integer i) -> 100 * counts[i] % total).reversed());
        for (int i = 0; i < 100 - given; i++) {
            percents[byRemainder.get(i)]++;
        }
        return percents;
    }

    /** Rounded to a tenth of a unit, which keeps the markup short and is finer than a pixel on any screen. */
    private static double tenths(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
