package com.frameworkfork.article;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** What a list of articles shows about each one; {@code publishedAt} is in UTC. */
public record ArticleSummary(String slug, String title, String summary, String categorySlug, String categoryName,
                             LocalDateTime publishedAt, int readingMinutes) {

    static ArticleSummary of(Article article) {
        return new ArticleSummary(article.getSlug(), article.getTitle(), article.getSummary(),
                article.getCategory().getSlug(), article.getCategory().getName(), article.getPublishAt(),
                article.getReadingMinutes() == null ? 1 : article.getReadingMinutes());
    }

    /** The day of publication (UTC), which is what lists, feeds and the sitemap show. */
    public LocalDate publishedOn() {
        return publishedAt.toLocalDate();
    }
}
