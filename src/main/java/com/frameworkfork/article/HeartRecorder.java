package com.frameworkfork.article;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a heart in its own transaction, so that a duplicate from a concurrent request rolls back
 * cleanly and the caller can treat it as "already hearted". The time comes from the site's UTC clock,
 * as every other stored time does, so hearts fall on the same days as comments and verdicts.
 */
@Component
class HeartRecorder {

    private final ArticleRepository articles;
    private final Clock clock;

    HeartRecorder(ArticleRepository articles, Clock clock) {
        this.articles = articles;
        this.clock = clock;
    }

    @Transactional
    boolean record(long articleId, String visitorId) {
        if (articles.insertHeart(articleId, visitorId, LocalDateTime.now(clock)) == 0) {
            return false;
        }
        articles.incrementHearts(articleId);
        return true;
    }
}
