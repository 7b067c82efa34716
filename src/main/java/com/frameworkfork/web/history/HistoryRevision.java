package com.frameworkfork.web.history;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One saved change, as Envers records it: who made it and when, and which objects it touched. */
@Entity
@Table(name = "history_revision")
@RevisionEntity(HistoryRevisionListener.class)
class HistoryRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    /** Milliseconds since 1970 UTC. */
    @RevisionTimestamp
    private long changedAt;

    private String actor;

    private boolean byPerson;

    private Long restoredFrom;

    @OneToMany(mappedBy = "revision", cascade = CascadeType.ALL)
    private List<HistoryChange> changes = new ArrayList<>();

    long getId() {
        return id;
    }

    long getChangedAt() {
        return changedAt;
    }

    String getActor() {
        return actor;
    }

    boolean isByPerson() {
        return byPerson;
    }

    Long getRestoredFrom() {
        return restoredFrom;
    }

    void actedBy(String actor, boolean byPerson) {
        this.actor = actor;
        this.byPerson = byPerson;
    }

    void restoring(long revision) {
        this.restoredFrom = revision;
    }

    /** One entry per object: Envers reports an object once per changed collection too. */
    void touched(String kind, String entityId, HistoryChange.Action action, String label) {
        for (HistoryChange change : changes) {
            if (change.is(kind, entityId)) {
                change.merge(action);
                return;
            }
        }
        changes.add(new HistoryChange(this, kind, entityId, action, label));
    }
}
