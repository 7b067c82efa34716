package com.frameworkfork.web.history;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One object a revision changed, with its name at the time, for the list of recent actions. */
@Entity
@Table(name = "history_change")
class HistoryChange {

    static final int LABEL_LENGTH = 200;

    enum Action {
        CREATED, CHANGED, DELETED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "revision_id")
    private HistoryRevision revision;

    private String kind;

    private String entityId;

    @Enumerated(EnumType.STRING)
    private Action action;

    private String label;

    protected HistoryChange() {
    }

    HistoryChange(HistoryRevision revision, String kind, String entityId, Action action, String label) {
        this.revision = revision;
        this.kind = kind;
        this.entityId = entityId;
        this.action = action;
        this.label = label.length() > LABEL_LENGTH ? label.substring(0, LABEL_LENGTH - 1) + "…" : label;
    }

    boolean is(String kind, String entityId) {
        return this.kind.equals(kind) && this.entityId.equals(entityId);
    }

    /** Creating or deleting says more than changing. */
    void merge(Action other) {
        if (action == Action.CHANGED) {
            action = other;
        }
    }

    HistoryRevision getRevision() {
        return revision;
    }

    String getKind() {
        return kind;
    }

    String getEntityId() {
        return entityId;
    }

    Action getAction() {
        return action;
    }

    String getLabel() {
        return label;
    }
}
