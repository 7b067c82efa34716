package com.frameworkfork.web.share;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each part of a split bar and its label go, worked out apart from drawing so the arithmetic
 * can be tested: parts share the width in proportion to their values (a part with a value keeps a
 * sliver, so it never vanishes), and labels sit under the bar, the first at its left end, the last at
 * its right end and any other under its part, each moved along just enough that no two overlap and,
 * when they fit side by side at all, none runs past the bar's end.
 */
final class SplitBar {

    static final int MIN_PART = 12;
    static final int LABEL_GAP = 24;

    private SplitBar() {
    }

    record Placed(int x, int width, int labelX) {
    }

    /**
     * @param width       the bar's width in pixels
     * @param values      each part's value, none negative
     * @param labelWidths each label's drawn width in pixels
     */
    static List<Placed> layout(int width, List<Integer> values, List<Integer> labelWidths) {
        int parts = values.size();
        long total = values.stream().mapToLong(Integer::longValue).sum();
        List<Integer> widths = new ArrayList<>();
        int given = 0;
        for (int i = 0; i < parts; i++) {
            int share = total == 0 ? width / parts : (int) Math.round((double) width * values.get(i) / total);
            if (values.get(i) > 0 || total == 0) {
                share = Math.max(share, MIN_PART);
            }
            widths.add(share);
            given += share;
        }
        int largest = widths.indexOf(widths.stream().max(Integer::compare).orElse(0));
        widths.set(largest, widths.get(largest) + width - given);

        int[] labelX = new int[parts];
        int x = 0;
        for (int i = 0; i < parts; i++) {
            int wanted = i == 0 ? 0 : i == parts - 1 ? width - labelWidths.get(i) : x;
            labelX[i] = i == 0 ? wanted : Math.max(wanted, labelX[i - 1] + labelWidths.get(i - 1) + LABEL_GAP);
            x += widths.get(i);
        }
        int needed = labelWidths.stream().mapToInt(Integer::intValue).sum() + (parts - 1) * LABEL_GAP;
        if (needed <= width) {
            int limit = width;
            for (int i = parts - 1; i >= 0; i--) {
                labelX[i] = Math.min(labelX[i], limit - labelWidths.get(i));
                limit = labelX[i] - LABEL_GAP;
            }
        }
        List<Placed> placed = new ArrayList<>();
        x = 0;
        for (int i = 0; i < parts; i++) {
            placed.add(new Placed(x, widths.get(i), labelX[i]));
            x += widths.get(i);
        }
        return placed;
    }
}
