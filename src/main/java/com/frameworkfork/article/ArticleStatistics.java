package com.frameworkfork.article;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Readership figures for the back office. */
@Service
public class ArticleStatistics {

    private final ArticleRepository articles;
    private final ViewCounter viewCounter;

    public ArticleStatistics(ArticleRepository articles, ViewCounter viewCounter) {
        this.articles = articles;
        this.viewCounter = viewCounter;
    }

    /** Includes the views counted in memory and not yet written to the database. */
    @Transactional(readOnly = true)
    public ArticleTotals totals() {
        ArticleTotals stored = articles.findTotals();
        return new ArticleTotals(stored.articles(), stored.views() + viewCounter.pendingTotal(), stored.hearts());
    }

    @Transactional(readOnly = true)
    public List<ArticleReadership> mostRead(int limit) {
        return articles.findMostRead(PageRequest.of(0, limit));
    }
}
