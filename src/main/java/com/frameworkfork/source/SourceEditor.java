package com.frameworkfork.source;

import java.util.List;

/**
 * The back office's source editor: the form and its choices.
 *
 * @param id the source being edited, or null for a new one
 */
record SourceEditor(Long id, SourceForm form) {

    public String heading() {
        return id == null ? "Add a source" : "Edit source " + form.getCode();
    }

    public List<SourceKind> kinds() {
        return List.of(SourceKind.values());
    }
}
