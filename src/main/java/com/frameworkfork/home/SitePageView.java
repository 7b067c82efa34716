package com.frameworkfork.home;

import java.time.LocalDate;

/**
 * A site page as readers see it: its HTML, split where the weights table goes.
 *
 * @param before the whole page, or the part before the weights table
 * @param after  the part after the weights table, or null when the page shows none
 */
record SitePageView(String slug, String title, String summary, LocalDate updatedOn, String before, String after) {

    public boolean hasWeights() {
        return after != null;
    }
}
