package com.frameworkfork.comment;

import java.util.Locale;

/** What a moderator does to the comments they chose. */
enum BulkAction {

    APPROVE("approved"),
    HIDE("hidden"),
    DELETE("deleted");

    private final String done;

    BulkAction(String done) {
        this.done = done;
    }

    /** The past participle, for "3 comments approved". */
    public String done() {
        return done;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static BulkAction ofCode(String code) {
        for (BulkAction action : values()) {
            if (action.code().equals(code)) {
                return action;
            }
        }
        return null;
    }
}
