package com.frameworkfork.comparison;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One side-by-side page, such as Django vs Flask; its frameworks are shown in this order. */
@Entity
class Comparison {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String title;

    private String summary;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "first_framework_id")
    private Framework firstFramework;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "second_framework_id")
    private Framework secondFramework;

    private String versionsNote;

    protected Comparison() {
    }

    Comparison(String slug) {
        this.slug = slug;
    }

    Long getId() {
        return id;
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

    Framework getFirstFramework() {
        return firstFramework;
    }

    Framework getSecondFramework() {
        return secondFramework;
    }

    String getVersionsNote() {
        return versionsNote;
    }

    void change(String title, String summary, Framework first, Framework second, String versionsNote) {
        this.title = title;
        this.summary = summary;
        this.firstFramework = first;
        this.secondFramework = second;
        this.versionsNote = versionsNote;
    }
}
