package com.frameworkfork.article;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/** Readership figures for the back office. */
@Service
public class ArticleStatistics {

    private final ArticleRepository articles;
    private final ViewCounter viewCounter;

    ArticleStatistics(ArticleRepository articles, ViewCounter viewCounter) {
        this.articles = articles;
        this.viewCounter = viewCounter;
    }

    /** Writes this instance's views still counted in memory first, so the figures include them. */
    public ArticleTotals totals() {
        viewCounter.flush();
        return articles.findTotals();
    }

    /** The most read articles, including this instance's views still counted in memory. */
    public List<ArticleReadership> mostRead(int limit) {
        viewCounter.flush();
        return articles.findMostRead(PageRequest.of(0, limit));
    }
}
