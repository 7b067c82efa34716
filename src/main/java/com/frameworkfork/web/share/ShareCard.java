package com.frameworkfork.web.share;

import java.util.List;

/**
 * What a page's preview image says when its address is shared: a small line above, the heading, a
 * sentence or two, and optionally a split drawn as one bar (a verdict's points per framework).
 *
 * @param eyebrow what kind of page this is, such as "Verdict"
 * @param heading the main words, at most two lines at the largest size that fits
 * @param detail  a sentence or two under the heading
 * @param split   the parts of the bar, left to right; empty for no bar
 */
public record ShareCard(String eyebrow, String heading, String detail, List<Part> split) {

    public ShareCard {
        split = List.copyOf(split);
    }

    /** One part of the bar: its label, its size relative to the others, and its colour as {@code #rrggbb}. */
    public record Part(String label, int value, String colour) {
    }
}
