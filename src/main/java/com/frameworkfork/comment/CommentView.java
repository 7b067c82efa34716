package com.frameworkfork.comment;

/**
 * A comment as readers see it.
 *
 * @param postedAt     ISO-8601 instant for the {@code <time datetime>} attribute
 * @param postedWhen   the same moment as a reader says it: "3 minutes ago", "yesterday", "on 3 June 2026"
 */
record CommentView(long id, String authorName, String body, String postedAt, String postedWhen) {
}
