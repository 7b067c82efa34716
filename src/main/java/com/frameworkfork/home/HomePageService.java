package com.frameworkfork.home;

import java.util.List;

import com.frameworkfork.article.ArticleService;
import com.frameworkfork.article.ArticleSummary;
import com.frameworkfork.decision.quiz.QuizIntroduction;
import com.frameworkfork.decision.quiz.QuizService;
import com.frameworkfork.decision.verdict.VerdictPage;
import com.frameworkfork.decision.verdict.VerdictService;
import org.springframework.stereotype.Service;

/** What the home page shows, gathered from the features it introduces. */
@Service
class HomePageService {

    private static final int NEWEST_ON_HOME = 3;

    /** {@code example} is null when the published model no longer accepts the example's answers. */
    record HomePage(List<ArticleSummary> newest, QuizIntroduction intro, VerdictPage example) {
    }

    private final ArticleService articles;
    private final QuizService quizzes;
    private final VerdictService verdicts;

    HomePageService(ArticleService articles, QuizService quizzes, VerdictService verdicts) {
        this.articles = articles;
        this.quizzes = quizzes;
        this.verdicts = verdicts;
    }

    HomePage page() {
        return new HomePage(articles.newest(NEWEST_ON_HOME), quizzes.introduction(), verdicts.example().orElse(null));
    }
}
