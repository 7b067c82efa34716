package com.frameworkfork.article;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What is left of a deleted article, so that its address answers 410 Gone rather than 404 until an
 * editor gives the slug to a new article.
 */
@Entity
@Table(name = "article_tombstone")
class DeletedArticle {

    @Id
    private String slug;

    private String title;

    /** In UTC. */
    private LocalDateTime deletedAt;

    protected DeletedArticle() {
    }

    DeletedArticle(String slug, String title, LocalDateTime deletedAt) {
        this.slug = slug;
        this.title = title;
        this.deletedAt = deletedAt;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public LocalDateTime getDeletedAt() {
        return deletedAt;
    }
}
