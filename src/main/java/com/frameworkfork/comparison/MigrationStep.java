package com.frameworkfork.comparison;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One step of moving an application from one framework to the other. */
@Entity
class MigrationStep extends SourcedComparisonRow {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_framework_id")
    private Framework fromFramework;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_framework_id")
    private Framework toFramework;

    private String stepText;

    protected MigrationStep() {
    }

    MigrationStep(Comparison comparison, String key) {
        super(comparison, key);
    }

    Framework getFromFramework() {
        return fromFramework;
    }

    Framework getToFramework() {
        return toFramework;
    }

    String getStepText() {
        return stepText;
    }

    void change(Framework from, Framework to, String stepText) {
        this.fromFramework = from;
        this.toFramework = to;
        this.stepText = stepText;
    }
}
