package com.frameworkfork.comment;

import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import com.frameworkfork.article.Article;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A reader's comment under an article, stored as plain text and always shown escaped. The author key is a
 * random UUID (122 random bits from {@link java.security.SecureRandom}), so nobody finds a held comment by
 * guessing its address.
 */
@Entity
@Audited
class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;

    private String authorName;

    private String body;

    /** In UTC. */
    private LocalDateTime createdAt;

    @Enumerated(EnumType.STRING)
    private CommentState state;

    /**
     * The unguessable last part of the address where the author sees their comment while it is held; it
     * leads to the comment under the article once approved. Null for a comment that was never held.
     * Not in the history: it is a secret, and no moderator's restore changes it.
     */
    @NotAudited
    private String authorKey;

    protected Comment() {
    }

    Comment(Article article, String authorName, String body, LocalDateTime createdAt, boolean held) {
        this.article = article;
        this.authorName = authorName;
        this.body = body;
        this.createdAt = createdAt;
        this.state = held ? CommentState.HELD : CommentState.VISIBLE;
        this.authorKey = held ? UUID.randomUUID().toString() : null;
    }

    public Long getId() {
        return id;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getBody() {
        return body;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public CommentState getState() {
        return state;
    }

    /** A moderator approves or shows again (VISIBLE), or hides. */
    void moderate(CommentState decided) {
        this.state = decided;
    }

    String getAuthorKey() {
        return authorKey;
    }

    Article getArticle() {
        return article;
    }
}
