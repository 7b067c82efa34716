package com.frameworkfork.comment;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** A comment as the back office lists it, visible or hidden, with the article it is under. */
record ModeratedComment(long id, String authorName, String body, LocalDateTime createdAt, boolean hidden,
                               String articleSlug, String articleTitle) {

    /** The UTC creation time for a {@code <time datetime>} attribute, which allows at most three fraction digits. */
    public String createdAtIso() {
        return createdAt.toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
