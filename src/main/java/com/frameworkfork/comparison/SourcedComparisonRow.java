package com.frameworkfork.comparison;

import jakarta.persistence.Column;
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

    /** Unique within the comparison; the content files' {@code key}. */
    @Column(name = "content_key")
    private String key;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    private Source source;

    private int position;

    protected SourcedComparisonRow() {
    }

    protected SourcedComparisonRow(Comparison comparison, String key) {
        this.comparison = comparison;
        this.key = key;
    }

    Long getId() {
        return id;
    }

    Comparison getComparison() {
        return comparison;
    }

    String getKey() {
        return key;
    }

    Source getSource() {
        return source;
    }

    int getPosition() {
        return position;
    }

    void place(Source source, int position) {
        this.source = source;
        this.position = position;
    }
}
