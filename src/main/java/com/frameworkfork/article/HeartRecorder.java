package com.frameworkfork.article;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a heart in its own transaction, so that a duplicate from a concurrent request rolls back
 * cleanly and the caller can treat it as "already hearted".
 */
@Component
class HeartRecorder {

    private final ArticleRepository articles;

    HeartRecorder(ArticleRepository articles) {
        this.articles = articles;
    }

    @Transactional
    boolean record(long articleId, String visitorId) {
        if (articles.insertHeart(articleId, visitorId) == 0) {
            return false;
        }
        articles.incrementHearts(articleId);
        return true;
    }
}
