package com.frameworkfork.article;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** One line of the back office's article list, in whatever state; {@code publishAt} is UTC. */
record ArticleAdminRow(long id, String slug, String title, String categoryName, LocalDateTime publishAt,
                       ArticleState state, long views) {

    static ArticleAdminRow of(Article article, LocalDateTime now) {
        return new ArticleAdminRow(article.getId(), article.getSlug(), article.getTitle(),
                article.getCategory().getName(), article.getPublishAt(), article.stateAt(now), article.getViewCount());
    }

    public boolean isPublic() {
        return state == ArticleState.PUBLISHED;
    }

    /** The UTC time for a {@code <time datetime>} attribute. */
    public String publishAtIso() {
        return publishAt.toInstant(ZoneOffset.UTC).toString();
    }
}
