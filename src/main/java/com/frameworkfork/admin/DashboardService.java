package com.frameworkfork.admin;

import com.frameworkfork.article.ArticleStatistics;
import com.frameworkfork.comment.CommentModerationService;
import com.frameworkfork.content.ContentReview;
import com.frameworkfork.decision.quiz.QuizService;
import org.springframework.stereotype.Service;

@Service
class DashboardService {

    static final int MOST_READ = 10;

    private final ArticleStatistics articles;
    private final CommentModerationService comments;
    private final QuizService quizzes;
    private final ContentReview content;

    DashboardService(ArticleStatistics articles, CommentModerationService comments, QuizService quizzes,
                     ContentReview content) {
        this.articles = articles;
        this.comments = comments;
        this.quizzes = quizzes;
        this.content = content;
    }

    Dashboard dashboard() {
        return new Dashboard(articles.totals(), comments.totals(), quizzes.statistics(), articles.mostRead(MOST_READ),
                content.heldBack());
    }
}
