package com.frameworkfork.admin;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A shipped update the importer held back because an editor had changed the record, laid out field
 * by field for the editor to compare the two versions.
 *
 * @param removedInShipment the shipped content no longer has the record
 * @param deletedByEditor   an editor deleted the record the shipped content still has
 */
record HeldBackUpdate(long id, String kind, String key, String description, LocalDateTime detectedAt,
                      boolean removedInShipment, boolean deletedByEditor, List<Field> fields) {

    public long differingFields() {
        return fields.stream().filter(Field::differs).count();
    }

    /**
     * One field of the record in both versions, as text; null where that version has no such field.
     */
    record Field(String name, String shipped, String current) {

        public boolean differs() {
            return shipped == null ? current != null : !shipped.equals(current);
        }
    }
}
