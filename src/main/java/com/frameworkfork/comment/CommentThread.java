package com.frameworkfork.comment;

import java.util.List;

/**
 * The visible comments under an article, newest first. {@code count} is every visible comment,
 * which can exceed the number shown on a very busy article.
 */
record CommentThread(long count, List<CommentView> comments, CommentModeration moderation) {

    public boolean isTruncated() {
        return count > comments.size();
    }

    /** What the form tells a reader before they post about waiting for review; null when nothing waits. */
    public String moderationNote() {
        return switch (moderation) {
            case LINKS -> "A comment with a link in it waits for a moderator before it appears.";
            case ALL -> "Every comment waits for a moderator before it appears.";
            case NONE -> null;
        };
    }
}
