package com.frameworkfork.article;

import java.time.LocalDate;

/** One line of the back office's article list, published or not. */
record ArticleAdminRow(long id, String slug, String title, String categoryName, LocalDate publishedOn,
                              boolean published, long views) {

    static ArticleAdminRow of(Article article) {
        return new ArticleAdminRow(article.getId(), article.getSlug(), article.getTitle(),
                article.getCategory().getName(), article.getPublishedOn(), article.isPublished(), article.getViewCount());
    }
}
