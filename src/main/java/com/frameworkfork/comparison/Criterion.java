package com.frameworkfork.comparison;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One row of a section's table: a point on which the frameworks are compared. */
@Entity
class Criterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private ComparisonSection section;

    private String code;

    private String label;

    private int position;

    protected Criterion() {
    }

    Criterion(String code) {
        this.code = code;
    }

    Long getId() {
        return id;
    }

    ComparisonSection getSection() {
        return section;
    }

    String getCode() {
        return code;
    }

    String getLabel() {
        return label;
    }

    int getPosition() {
        return position;
    }

    void change(ComparisonSection section, String label, int position) {
        this.section = section;
        this.label = label;
        this.position = position;
    }

    /** How a value's history shows its row: a row has no history of its own to name it by. */
    @Override
    public String toString() {
        return label;
    }
}
