package com.frameworkfork.article;

import java.util.List;

/**
 * What deleting an article would do, for the confirmation page.
 *
 * @param linkedFrom the places that link to the article; while there are any it cannot be deleted
 */
record ArticleDeletion(long id, String title, String slug, ArticleState state, long hearts, List<String> linkedFrom) {

    public boolean isAllowed() {
        return linkedFrom.isEmpty();
    }
}
