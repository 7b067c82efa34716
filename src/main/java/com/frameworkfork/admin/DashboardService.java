package com.frameworkfork.admin;

import com.frameworkfork.article.ArticleStatistics;
import com.frameworkfork.comment.CommentModerationService;
import com.frameworkfork.decision.VerdictService;
import org.springframework.stereotype.Service;

@Service
public class DashboardService {

    static final int MOST_READ = 10;

    private final ArticleStatistics articles;
    private final CommentModerationService comments;
    private final VerdictService verdicts;

    public DashboardService(ArticleStatistics articles, CommentModerationService comments, VerdictService verdicts) {
        this.articles = articles;
        this.comments = comments;
        this.verdicts = verdicts;
    }

    public Dashboard dashboard() {
        return new Dashboard(articles.totals(), comments.totals(), verdicts.statistics(), articles.mostRead(MOST_READ));
    }
}
