package com.frameworkfork.home;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.frameworkfork.article.ArticleService;
import com.frameworkfork.article.ArticleSummary;
import com.frameworkfork.content.ContentVersion;
import com.frameworkfork.decision.quiz.QuizIntroduction;
import com.frameworkfork.decision.quiz.QuizService;
import com.frameworkfork.decision.verdict.VerdictPage;
import com.frameworkfork.decision.verdict.VerdictService;
import org.springframework.stereotype.Service;

/**
 * What the home page shows, gathered from the features it introduces. It is the same for every reader
 * until content is saved or a scheduled article turns public, and so is the object: the page keeps its
 * HTML by it.
 */
@Service
class HomePageService {

    private static final int NEWEST_ON_HOME = 3;

    /** {@code example} is null when the published model no longer accepts the example's answers. */
    record HomePage(List<ArticleSummary> newest, QuizIntroduction intro, VerdictPage example) {
    }

    private record Gathered(long contentVersion, HomePage page) {
    }

    private final ArticleService articles;
    private final QuizService quizzes;
    private final VerdictService verdicts;
    private final ContentVersion version;
    private final AtomicReference<Gathered> last = new AtomicReference<>();

    HomePageService(ArticleService articles, QuizService quizzes, VerdictService verdicts, ContentVersion version) {
        this.articles = articles;
        this.quizzes = quizzes;
        this.verdicts = verdicts;
        this.version = version;
    }

    HomePage page() {
        long contentVersion = version.current();
        List<ArticleSummary> newest = articles.newest(NEWEST_ON_HOME);
        Gathered gathered = last.get();
        if (gathered != null && gathered.contentVersion() == contentVersion && gathered.page().newest().equals(newest)) {
            return gathered.page();
        }
        HomePage page = new HomePage(newest, quizzes.introduction(), verdicts.example().orElse(null));
        last.set(new Gathered(contentVersion, page));
        return page;
    }
}
