package com.frameworkfork.article;

import java.util.List;

import com.frameworkfork.web.Pagination;

/** One page of the back office's article list, with what its search and filters offer. */
record ArticleList(ArticleQuery query, List<ArticleAdminRow> rows, Pagination pages,
                   List<ArticleEditor.CategoryOption> categories) {

    public ArticleState[] states() {
        return ArticleState.values();
    }

    public ArticleSort[] sorts() {
        return ArticleSort.values();
    }

    public boolean isFiltered() {
        return !query.text().isEmpty() || query.state() != null || query.category() != null;
    }
}
