package com.frameworkfork.comment;

import com.frameworkfork.article.ArticlePage;

/** The outcome of posting a comment: where to send the reader, or the article page to show again. */
sealed interface CommentSubmission {

    record Accepted(String location) implements CommentSubmission {
    }

    record Rejected(ArticlePage page, CommentDraft draft) implements CommentSubmission {
    }
}
