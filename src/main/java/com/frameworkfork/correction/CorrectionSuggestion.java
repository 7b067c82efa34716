package com.frameworkfork.correction;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A reader's suggestion that something on a page is wrong; open until an editor marks it done. */
@Entity
class CorrectionSuggestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String pagePath;

    private String part;

    private String pageTitle;

    private String problem;

    private String link;

    /** In UTC, as are the other times. */
    private LocalDateTime receivedAt;

    private LocalDateTime doneAt;

    private String doneBy;

    protected CorrectionSuggestion() {
    }

    CorrectionSuggestion(CorrectionSubject subject, String problem, String link, LocalDateTime receivedAt) {
        this.pagePath = subject.page();
        this.part = subject.part();
        this.pageTitle = subject.title();
        this.problem = problem;
        this.link = link;
        this.receivedAt = receivedAt;
    }

    public Long getId() {
        return id;
    }

    public String getPagePath() {
        return pagePath;
    }

    public String getPart() {
        return part;
    }

    public String getPageTitle() {
        return pageTitle;
    }

    public String getProblem() {
        return problem;
    }

    public String getLink() {
        return link;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public LocalDateTime getDoneAt() {
        return doneAt;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public boolean isDone() {
        return doneAt != null;
    }
}
