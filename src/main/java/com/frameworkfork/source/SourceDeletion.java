package com.frameworkfork.source;

import java.util.List;

/**
 * What the editor is asked before a source is deleted.
 *
 * @param placesCiting where the source is still cited; it can be deleted only when there are none
 * @param referencedElsewhere the database refused the deletion because content no feature named still refers to it
 */
record SourceDeletion(long id, String code, String label, String title, List<String> placesCiting,
                      boolean referencedElsewhere) {

    public boolean allowed() {
        return placesCiting.isEmpty() && !referencedElsewhere;
    }

    SourceDeletion refusedByTheDatabase() {
        return new SourceDeletion(id, code, label, title, placesCiting, true);
    }
}
