package com.frameworkfork.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import com.frameworkfork.article.ArticleStatistics;
import com.frameworkfork.comment.CommentModerationService;
import com.frameworkfork.decision.verdict.VerdictService;
import org.springframework.stereotype.Component;

/** Asks each feature for its figures per day over the last {@value #DAYS} days (UTC), today included. */
@Component
class DashboardActivity {

    static final int DAYS = 30;

    private final ArticleStatistics articles;
    private final CommentModerationService comments;
    private final VerdictService verdicts;
    private final Clock clock;

    DashboardActivity(ArticleStatistics articles, CommentModerationService comments, VerdictService verdicts,
                      Clock clock) {
        this.articles = articles;
        this.comments = comments;
        this.verdicts = verdicts;
        this.clock = clock;
    }

    Activity lastDays() {
        LocalDate first = LocalDate.now(clock).minusDays(DAYS - 1);
        List<DailyChart> daily = List.of(
                chart("views", first, articles.viewsPerDay(first)),
                chart("hearts", first, articles.heartsPerDay(first)),
                chart("comments", first, comments.postedPerDay(first)),
                chart("verdicts", first, verdicts.perDay(first)));
        return new Activity(daily, verdicts.answerSplit().stream().map(ActivityChartLayout::split).toList());
    }

    /** Days a feature left out had nothing; a day after today (a clock set back) is not shown. */
    private static DailyChart chart(String kind, LocalDate first, Map<LocalDate, Long> perDay) {
        List<Long> counts = LongStream.range(0, DAYS).mapToObj(i -> perDay.getOrDefault(first.plusDays(i), 0L)).toList();
        return ActivityChartLayout.daily(kind, first, counts);
    }
}
