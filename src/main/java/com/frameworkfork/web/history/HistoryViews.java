package com.frameworkfork.web.history;

import java.time.Instant;
import java.util.List;

/** What the history pages and the dashboard show. */
final class HistoryViews {

    private HistoryViews() {
    }

    /** One field that differs between two versions; long text carries its changed lines instead. */
    record FieldChange(String field, String before, String after, List<TextDiff.Line> lines) {

        public boolean isLongText() {
            return lines != null;
        }
    }

    /** One version of an object, with what changed from the one before. */
    record Version(long revision, Instant when, String actor, boolean byPerson, String action, Long restoredFrom,
                   List<FieldChange> changes, boolean restorable) {
    }

    record ObjectHistory(String kind, String kindLabel, String entityId, String label, String editLink,
                         List<Version> versions) {
    }

    /** What restoring a version would change, from now to then. */
    record RestorePreview(String kind, String kindLabel, String entityId, String label, long revision, Instant when,
                          String actor, List<FieldChange> changes) {
    }

    record KindOption(String kind, String label) {
    }
}
