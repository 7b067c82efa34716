package com.frameworkfork.comparison;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

import com.frameworkfork.source.Source;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * What one framework offers on one criterion, with the sources that say so. Its history is the
 * comparison table's: the row and the framework it belongs to never change, so they are read as they
 * are now.
 */
@Entity
@Audited
class CriterionValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criterion_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Criterion criterion;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Framework framework;

    private String valueText;

    private String note;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "criterion_value_source",
            joinColumns = @JoinColumn(name = "criterion_value_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @OrderColumn(name = "position")
    private List<Source> sources = new ArrayList<>();

    protected CriterionValue() {
    }

    CriterionValue(Criterion criterion, Framework framework) {
        this.criterion = criterion;
        this.framework = framework;
    }

    Long getId() {
        return id;
    }

    Criterion getCriterion() {
        return criterion;
    }

    Framework getFramework() {
        return framework;
    }

    String getValueText() {
        return valueText;
    }

    String getNote() {
        return note;
    }

    List<Source> getSources() {
        return sources;
    }

    /** A new list each time, so the stored citations are replaced as a whole rather than shuffled in place. */
    void change(String valueText, String note, List<Source> sources) {
        this.valueText = valueText;
        this.note = note;
        this.sources = new ArrayList<>(sources);
    }
}
