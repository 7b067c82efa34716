package com.frameworkfork.comparison;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A headed part of a comparison page; its anchor is a public link target that other pages use. */
@Entity
class ComparisonSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "comparison_id")
    private Comparison comparison;

    private String anchor;

    private String title;

    private String intro;

    private int position;

    protected ComparisonSection() {
    }

    ComparisonSection(Comparison comparison, String anchor) {
        this.comparison = comparison;
        this.anchor = anchor;
    }

    Long getId() {
        return id;
    }

    Comparison getComparison() {
        return comparison;
    }

    String getAnchor() {
        return anchor;
    }

    String getTitle() {
        return title;
    }

    String getIntro() {
        return intro;
    }

    int getPosition() {
        return position;
    }

    void change(String title, String intro, int position) {
        this.title = title;
        this.intro = intro;
        this.position = position;
    }
}
