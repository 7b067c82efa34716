package com.frameworkfork.article;

import java.time.LocalDateTime;

/**
 * An article as other features link to it. {@code published} is the editor's choice; a scheduled
 * article is published with a {@code publishAt} (UTC) still to come, and readers may open it only from then.
 */
public record ArticleLink(long id, String slug, String title, boolean published, LocalDateTime publishAt) {

    public String path() {
        return "/articles/" + slug;
    }

    /** Whether a reader may open the article at {@code now} (UTC). */
    public boolean isPublicAt(LocalDateTime now) {
        return published && !publishAt.isAfter(now);
    }
}
