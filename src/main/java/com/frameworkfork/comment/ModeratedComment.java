package com.frameworkfork.comment;

import java.time.LocalDateTime;

/** A comment as the back office lists it, visible or hidden, with the article it is under. */
public record ModeratedComment(long id, String authorName, String body, LocalDateTime createdAt, boolean hidden,
                               String articleSlug, String articleTitle) {
}
