package com.frameworkfork.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    /** Views per day (UTC) from {@code from} on, including this instance's views still counted in memory; days without views are left out. */
    public Map<LocalDate, Long> viewsPerDay(LocalDate from) {
        viewCounter.flush();
        return byDay(articles.findViewsPerDaySince(from));
    }

    /** Hearts given per day (UTC) from {@code from} on; days without hearts are left out. */
    public Map<LocalDate, Long> heartsPerDay(LocalDate from) {
        return byDay(articles.findHeartsPerDaySince(from.atStartOfDay()));
    }

    private static Map<LocalDate, Long> byDay(List<Object[]> rows) {
        Map<LocalDate, Long> days = new TreeMap<>();
        for (Object[] row : rows) {
            days.put((LocalDate) row[0], ((Number) row[1]).longValue());
        }
        return days;
    }
}
