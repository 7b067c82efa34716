package com.frameworkfork.comparison;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

import com.frameworkfork.source.Source;

/** A row of a comparison that one source stands behind, shown in a fixed order. */
@MappedSuperclass
abstract class SourcedComparisonRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "comparison_id")
    private Comparison comparison;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    private Source source;

    private int position;

    protected SourcedComparisonRow() {
    }

    public Long getId() {
        return id;
    }

    public Comparison getComparison() {
        return comparison;
    }

    public Source getSource() {
        return source;
    }

    public int getPosition() {
        return position;
    }
}
