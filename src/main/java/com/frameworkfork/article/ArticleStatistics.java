package com.frameworkfork.article;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Readership figures for the back office. */
@Service
public class ArticleStatistics {

    private final ArticleRepository articles;

    public ArticleStatistics(ArticleRepository articles) {
        this.articles = articles;
    }

    @Transactional(readOnly = true)
    public ArticleTotals totals() {
        return articles.findTotals();
    }

    @Transactional(readOnly = true)
    public List<ArticleReadership> mostRead(int limit) {
        return articles.findMostRead(PageRequest.of(0, limit));
    }
}
