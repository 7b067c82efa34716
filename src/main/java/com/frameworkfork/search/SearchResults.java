package com.frameworkfork.search;

import java.util.List;

/**
 * What the search page shows.
 *
 * @param query       the reader's query, trimmed and cut to the maximum length; empty when blank
 * @param hits        the best matches first
 * @param suggestions words known to find something, offered when there is nothing to show
 */
public record SearchResults(String query, List<SearchHit> hits, List<String> suggestions) {

    public boolean blank() {
        return query.isEmpty();
    }
}
