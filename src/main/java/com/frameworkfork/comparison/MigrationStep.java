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

    public Framework getFromFramework() {
        return fromFramework;
    }

    public Framework getToFramework() {
        return toFramework;
    }

    public String getStepText() {
        return stepText;
    }
}
