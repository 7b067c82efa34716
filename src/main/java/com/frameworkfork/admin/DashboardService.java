package com.frameworkfork.admin;

import com.frameworkfork.article.ArticleStatistics;
import com.frameworkfork.comment.CommentModerationService;
import com.frameworkfork.content.ContentReview;
import com.frameworkfork.decision.quiz.QuizService;
import com.frameworkfork.web.BaseUrlCheck;
import com.frameworkfork.web.history.HistoryService;
import org.springframework.stereotype.Service;

@Service
class DashboardService {

    static final int MOST_READ = 10;
    static final int RECENT_ACTIONS = 10;

    private final ArticleStatistics articles;
    private final CommentModerationService comments;
    private final QuizService quizzes;
    private final ContentReview content;
    private final BaseUrlCheck baseUrl;
    private final DashboardActivity activity;
    private final HistoryService history;

    DashboardService(ArticleStatistics articles, CommentModerationService comments, QuizService quizzes,
                     ContentReview content, BaseUrlCheck baseUrl, DashboardActivity activity, HistoryService history) {
        this.content = content;
        this.history = history;
        this.baseUrl = baseUrl;
        this.articles = articles;
        this.comments = comments;
        this.quizzes = quizzes;
        this.activity = activity;
    }

    Dashboard dashboard() {
        return new Dashboard(articles.totals(), comments.totals(), quizzes.statistics(), articles.mostRead(MOST_READ),
                content.heldBack(),
                baseUrl.publicHostWithLocalBaseUrl()
                        .map(host -> new Dashboard.BaseUrlWarning(host, baseUrl.baseUrl())).orElse(null),
                activity.lastDays(), history.latest(RECENT_ACTIONS));
    }
}
