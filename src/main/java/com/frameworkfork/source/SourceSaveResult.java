package com.frameworkfork.source;

/** Either the id of the source just saved, or the editor to show again with its errors. */
record SourceSaveResult(Long savedId, SourceEditor editor) {

    static SourceSaveResult saved(long id) {
        return new SourceSaveResult(id, null);
    }

    static SourceSaveResult rejected(SourceEditor editor) {
        return new SourceSaveResult(null, editor);
    }

    boolean isSaved() {
        return savedId != null;
    }
}
