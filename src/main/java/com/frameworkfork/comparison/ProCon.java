package com.frameworkfork.comparison;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A strength ({@code pro}) or weakness of one framework, as one source puts it. */
@Entity
class ProCon extends SourcedComparisonRow {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    private Framework framework;

    @Column(name = "is_pro")
    private boolean pro;

    private String statement;

    protected ProCon() {
    }

    ProCon(Comparison comparison, String key) {
        super(comparison, key);
    }

    Framework getFramework() {
        return framework;
    }

    boolean isPro() {
        return pro;
    }

    String getStatement() {
        return statement;
    }

    void change(Framework framework, boolean pro, String statement) {
        this.framework = framework;
        this.pro = pro;
        this.statement = statement;
    }
}
