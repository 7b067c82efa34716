package com.frameworkfork.comment;

import com.frameworkfork.article.ArticlePage;

/** What the address given to a held comment's author shows. */
sealed interface HeldComment {

    /** The comment still waits: the article with the author's own comment on it. */
    record Waiting(ArticlePage page, CommentView comment) implements HeldComment {
    }

    /** Nothing of the comment to show here; the reader goes on to this address. */
    record Elsewhere(String location) implements HeldComment {
    }
}
