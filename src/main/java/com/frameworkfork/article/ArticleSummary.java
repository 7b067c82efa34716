package com.frameworkfork.article;

import java.time.LocalDate;

/** What a list of articles shows about each one. */
public record ArticleSummary(String slug, String title, String summary, String categorySlug, String categoryName,
                             LocalDate publishedOn, int readingMinutes) {

    static ArticleSummary of(Article article) {
        return new ArticleSummary(article.getSlug(), article.getTitle(), article.getSummary(),
                article.getCategory().getSlug(), article.getCategory().getName(), article.getPublishedOn(),
                article.getReadingMinutes() == null ? 1 : article.getReadingMinutes());
    }
}
