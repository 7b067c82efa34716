package com.frameworkfork.comment;

import java.util.Locale;

/** Where a comment stands: waiting for a moderator, shown under its article, or hidden by a moderator. */
enum CommentState {

    HELD("Held for review"),
    VISIBLE("Visible"),
    HIDDEN("Hidden");

    private final String label;

    CommentState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state a list address names, or null for any other text. */
    static CommentState ofCode(String code) {
        for (CommentState state : values()) {
            if (state.code().equals(code)) {
                return state;
            }
        }
        return null;
    }
}
