package com.frameworkfork.comparison;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import com.frameworkfork.source.Source;

/** Two sources that say different things about the same point, and why they likely differ. */
@Entity
class Disagreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private ComparisonSection section;

    private String topic;

    @Column(name = "side_a")
    private String sideA;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "side_a_source_id")
    private Source sideASource;

    @Column(name = "side_b")
    private String sideB;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "side_b_source_id")
    private Source sideBSource;

    private String explanation;

    private int position;

    protected Disagreement() {
    }

    public Long getId() {
        return id;
    }

    public ComparisonSection getSection() {
        return section;
    }

    public String getTopic() {
        return topic;
    }

    public String getSideA() {
        return sideA;
    }

    public Source getSideASource() {
        return sideASource;
    }

    public String getSideB() {
        return sideB;
    }

    public Source getSideBSource() {
        return sideBSource;
    }

    public String getExplanation() {
        return explanation;
    }

    public int getPosition() {
        return position;
    }
}
