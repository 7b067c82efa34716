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

    UseCasePick(Comparison comparison, String key) {
        super(comparison, key);
    }

    String getUseCase() {
        return useCase;
    }

    Framework getFramework() {
        return framework;
    }

    String getReason() {
        return reason;
    }

    void change(String useCase, Framework pick, String reason) {
        this.useCase = useCase;
        this.framework = pick;
        this.reason = reason;
    }
}
