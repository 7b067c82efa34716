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

    public Long getId() {
        return id;
    }

    public Comparison getComparison() {
        return comparison;
    }

    public String getAnchor() {
        return anchor;
    }

    public String getTitle() {
        return title;
    }

    public String getIntro() {
        return intro;
    }

    public int getPosition() {
        return position;
    }
}
