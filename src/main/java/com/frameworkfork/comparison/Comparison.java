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

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public Framework getFirstFramework() {
        return firstFramework;
    }

    public Framework getSecondFramework() {
        return secondFramework;
    }

    public String getVersionsNote() {
        return versionsNote;
    }
}
