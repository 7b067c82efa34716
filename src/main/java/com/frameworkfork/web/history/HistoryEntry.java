package com.frameworkfork.web.history;

import java.time.Instant;

/** One recent action: who changed which object, when, and how. */
public record HistoryEntry(long revision, Instant when, String actor, boolean byPerson, String kind, String kindLabel,
                           String entityId, String label, String action, Long restoredFrom) {

    public String historyPath() {
        return "/admin/history/" + kind + "/" + entityId;
    }
}
