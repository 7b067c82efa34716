package com.frameworkfork.article;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A reader asked for an article that was deleted. The article page renders its own 410 page with ways
 * on; anywhere else (a comment or heart sent to it) the site's 4xx page answers 410.
 */
@ResponseStatus(HttpStatus.GONE)
class ArticleGoneException extends RuntimeException {

    private final DeletedArticle deleted;

    ArticleGoneException(DeletedArticle deleted) {
        super("The article '" + deleted.getSlug() + "' was deleted");
        this.deleted = deleted;
    }

    DeletedArticle deleted() {
        return deleted;
    }
}
