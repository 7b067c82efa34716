package com.frameworkfork.admin;

import com.frameworkfork.article.ArticleStatistics;
import com.frameworkfork.comment.CommentModerationService;
import com.frameworkfork.decision.quiz.QuizService;
import org.springframework.stereotype.Service;

@Service
class DashboardService {

    static final int MOST_READ = 10;

    private final ArticleStatistics articles;
    private final CommentModerationService comments;
    private final QuizService quizzes;

    DashboardService(ArticleStatistics articles, CommentModerationService comments, QuizService quizzes) {
        this.articles = articles;
        this.comments = comments;
        this.quizzes = quizzes;
    }

    Dashboard dashboard() {
        return new Dashboard(articles.totals(), comments.totals(), quizzes.statistics(), articles.mostRead(MOST_READ));
    }
}
