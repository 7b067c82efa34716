package com.frameworkfork.home;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A page of the site itself (about, privacy), written in Markdown and rendered once, when it is written. */
@Entity
@Table(name = "site_page")
@Audited
class SitePage {

    static final int BODY_HTML_LIMIT = 400_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String title;

    private String summary;

    private String bodyMarkdown;

    /** Rendered from the Markdown, so the history keeps only the Markdown. */
    @NotAudited
    private String bodyHtml;

    private LocalDate updatedOn;

    protected SitePage() {
    }

    SitePage(String slug) {
        this.slug = slug;
    }

    String getSlug() {
        return slug;
    }

    String getTitle() {
        return title;
    }

    String getSummary() {
        return summary;
    }

    String getBodyMarkdown() {
        return bodyMarkdown;
    }

    String getBodyHtml() {
        return bodyHtml;
    }

    LocalDate getUpdatedOn() {
        return updatedOn;
    }

    void change(String title, String summary, LocalDate updatedOn, String bodyMarkdown, String bodyHtml) {
        this.title = title;
        this.summary = summary;
        this.updatedOn = updatedOn;
        this.bodyMarkdown = bodyMarkdown;
        this.bodyHtml = bodyHtml;
    }
}
