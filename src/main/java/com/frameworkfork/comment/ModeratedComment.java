package com.frameworkfork.comment;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** A comment as the back office lists it, in whatever state, with the article it is under. */
record ModeratedComment(long id, String authorName, String body, LocalDateTime createdAt, CommentState state,
                        String articleSlug, String articleTitle) {

    static ModeratedComment of(Comment comment) {
        return new ModeratedComment(comment.getId(), comment.getAuthorName(), comment.getBody(), comment.getCreatedAt(),
                comment.getState(), comment.getArticle().getSlug(), comment.getArticle().getTitle());
    }

    /** The UTC creation time for a {@code <time datetime>} attribute, which allows at most three fraction digits. */
    public String createdAtIso() {
        return createdAt.toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    public boolean isHeld() {
        return state == CommentState.HELD;
    }

    public boolean isHidden() {
        return state == CommentState.HIDDEN;
    }
}
