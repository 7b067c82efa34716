package com.frameworkfork.comment;

/** Which new comments wait for a moderator before readers see them ({@code site.comments.moderation}). */
enum CommentModeration {

    /** Those with a link in them ({@link CommentLinks}), where nearly all comment spam is. */
    LINKS,
    /** Every comment. */
    ALL,
    /** None: every comment is shown at once. */
    NONE;

    boolean holds(String body) {
        return this == ALL || this == LINKS && CommentLinks.contain(body);
    }
}
