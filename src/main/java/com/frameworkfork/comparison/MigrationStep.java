package com.frameworkfork.comparison;

import com.frameworkfork.article.Source;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One step of moving an application from one framework to the other. */
@Entity
public class MigrationStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "comparison_id")
    private Comparison comparison;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_framework_id")
    private Framework fromFramework;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_framework_id")
    private Framework toFramework;

    private String stepText;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    private Source source;

    private int position;

    protected MigrationStep() {
    }

    public Long getId() {
        return id;
    }

    public Comparison getComparison() {
        return comparison;
    }

    public Framework getFromFramework() {
        return fromFramework;
    }

    public Framework getToFramework() {
        return toFramework;
    }

    public String getStepText() {
        return stepText;
    }

    public Source getSource() {
        return source;
    }

    public int getPosition() {
        return position;
    }
}
