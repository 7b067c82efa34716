package com.frameworkfork.decision.quiz;

import java.util.List;

import com.frameworkfork.web.SharedPage;
import com.frameworkfork.web.SitemapEntries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The introduction is the same for everyone; each quiz step belongs to one reader and is never kept. */
@Configuration(proxyBeanMethods = false)
class QuizWebConfig {

    @Bean
    SharedPage quizIntroduction() {
        return SharedPage.of("/decide");
    }

    @Bean
    SitemapEntries quizInTheSitemap() {
        return () -> List.of(SitemapEntries.Entry.of("/decide"));
    }
}
