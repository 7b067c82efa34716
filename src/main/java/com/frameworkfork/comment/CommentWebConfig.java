package com.frameworkfork.comment;

import java.util.List;

import com.frameworkfork.web.AdminScreen;
import com.frameworkfork.web.ReaderWrite;
import com.frameworkfork.web.history.HistorySubject;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CommentWebConfig {

    @Bean
    AdminScreen commentsScreen() {
        return new AdminScreen("/admin/comments/**", "/admin/comments", "Comments", "MODERATOR", 60);
    }

    /** Moderators restore a comment's state (held, visible or hidden); what a reader wrote is theirs and stays as written. */
    @Bean
    HistorySubject<Comment> commentHistory(CommentModerationService moderation) {
        return HistorySubject.of("comment", "Comment", Comment.class, "MODERATOR",
                        comment -> comment.getAuthorName() + ": " + comment.getBody())
                .editedAt(id -> "/admin/comments#comment-" + id)
                .restoredBy((id, version) -> {
                    moderation.moderate((Long) id, version.getState());
                    return List.of();
                })
                .field("authorName", "Name")
                .field("body", "Comment")
                .field("state", "Moderation", state -> ((CommentState) state).label());
    }

    @Bean
    ReaderWrite comments(CommentProperties comments) {
        return new ReaderWrite("/articles/{slug}/comments", comments.perMinute(), true, false, true, "Back to the article");
    }
}
