package com.frameworkfork.comment;

import java.util.List;

/**
 * The visible comments under an article, newest first. {@code count} is every visible comment,
 * which can exceed the number shown on a very busy article.
 */
record CommentThread(long count, List<CommentView> comments) {

    public boolean isTruncated() {
        return count > comments.size();
    }
}
