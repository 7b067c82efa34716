package com.frameworkfork.decision.quiz;

import java.util.List;

import com.frameworkfork.web.ReaderWrite;
import com.frameworkfork.web.SharedPage;
import com.frameworkfork.web.SitemapEntries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The introduction is the same for everyone; each quiz step belongs to one reader and is never kept.
 * Starting quizzes and making verdicts by finishing them are limited per client.
 */
@Configuration(proxyBeanMethods = false)
class QuizWebConfig {

    @Bean
    SharedPage quizIntroduction() {
        return SharedPage.of("/decide");
    }

    @Bean
    ReaderWrite quizStarts(QuizProperties quiz) {
        return new ReaderWrite("/decide", quiz.startsPerMinute(), false, false, false, "Back to the quiz");
    }

    /** Every answer posts to its question, but only a step that finishes the quiz with new answers makes a verdict. */
    @Bean
    ReaderWrite quizVerdicts(QuizProperties quiz) {
        return new ReaderWrite("/decide/{quizId}/{key}", quiz.verdictsPerMinute(), false, true, false,
                "Back to the question");
    }

    @Bean
    SitemapEntries quizInTheSitemap() {
        return () -> List.of(SitemapEntries.Entry.of("/decide"));
    }
}
