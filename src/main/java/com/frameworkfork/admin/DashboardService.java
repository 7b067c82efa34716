package com.frameworkfork.admin;

import com.frameworkfork.article.ArticleStatistics;
import com.frameworkfork.comment.CommentModerationService;
import org.springframework.stereotype.Service;

@Service
public class DashboardService {

    static final int MOST_READ = 10;

    private final ArticleStatistics articles;
    private final CommentModerationService comments;

    public DashboardService(ArticleStatistics articles, CommentModerationService comments) {
        this.articles = articles;
        this.comments = comments;
    }

    public Dashboard dashboard() {
        return new Dashboard(articles.totals(), comments.totals(), articles.mostRead(MOST_READ));
    }
}
