package com.frameworkfork.comparison;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A source's recommendation of one framework for one kind of project. */
@Entity
class UseCasePick extends SourcedComparisonRow {

    private String useCase;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    private Framework framework;

    private String reason;

    protected UseCasePick() {
    }

    public String getUseCase() {
        return useCase;
    }

    public Framework getFramework() {
        return framework;
    }

    public String getReason() {
        return reason;
    }
}
