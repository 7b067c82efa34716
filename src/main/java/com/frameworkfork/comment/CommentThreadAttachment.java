package com.frameworkfork.comment;

import com.frameworkfork.article.ArticleAttachment;
import org.springframework.stereotype.Component;

/** Puts the comment thread on the article page, under the key {@value #NAME}. */
@Component
class CommentThreadAttachment implements ArticleAttachment {

    static final String NAME = "comments";

    private final CommentService comments;

    CommentThreadAttachment(CommentService comments) {
        this.comments = comments;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Object loadFor(long articleId) {
        return comments.thread(articleId);
    }
}
