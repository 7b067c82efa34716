package com.frameworkfork.comment;

import com.frameworkfork.web.AdminScreen;
import com.frameworkfork.web.ReaderWrite;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CommentWebConfig {

    @Bean
    AdminScreen commentsScreen() {
        return new AdminScreen("/admin/comments/**", "/admin/comments", "Comments", "MODERATOR", 60);
    }

    @Bean
    ReaderWrite comments(CommentProperties comments) {
        return new ReaderWrite("/articles/{slug}/comments", comments.perMinute(), true, false, true, "Back to the article");
    }
}
