package com.frameworkfork.comparison;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;

import com.frameworkfork.source.Source;

/** What one framework offers on one criterion, with the sources that say so. */
@Entity
class CriterionValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criterion_id")
    private Criterion criterion;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    private Framework framework;

    private String valueText;

    private String note;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "criterion_value_source",
            joinColumns = @JoinColumn(name = "criterion_value_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @OrderBy("code")
    private Set<Source> sources = new LinkedHashSet<>();

    protected CriterionValue() {
    }

    public Long getId() {
        return id;
    }

    public Criterion getCriterion() {
        return criterion;
    }

    public Framework getFramework() {
        return framework;
    }

    public String getValueText() {
        return valueText;
    }

    public String getNote() {
        return note;
    }

    public Set<Source> getSources() {
        return sources;
    }
}
