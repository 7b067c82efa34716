package com.frameworkfork.article;

import java.util.List;

/**
 * What the search page shows.
 *
 * @param query       the reader's query, trimmed and cut to {@link ArticleSearch#MAX_QUERY_LENGTH}; empty when blank
 * @param hits        the matching published articles, best first
 * @param suggestions words known to find something, offered when there is nothing to show
 */
record SearchResults(String query, List<SearchHit> hits, List<String> suggestions) {

    public boolean blank() {
        return query.isEmpty();
    }
}
