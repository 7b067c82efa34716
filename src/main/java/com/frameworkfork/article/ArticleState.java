package com.frameworkfork.article;

import java.util.Locale;

/**
 * Where an article stands for readers. Only {@link #DRAFT} is stored as such (the article is not
 * published); {@link #SCHEDULED} and {@link #PUBLISHED} are the same stored state before and after its
 * publication time, so an article goes public at that time on every instance with nothing to run.
 */
enum ArticleState {

    DRAFT("Draft", "readers do not see it"),
    SCHEDULED("Scheduled", "public from the date and time above"),
    PUBLISHED("Published", "public now");

    private final String label;
    private final String description;

    ArticleState(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    /** What the state means for readers, as the editor's choice explains it. */
    public String description() {
        return description;
    }

    /** The value of the state in forms and addresses, such as {@code scheduled}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ArticleState ofCode(String code) {
        for (ArticleState state : values()) {
            if (state.code().equals(code)) {
                return state;
            }
        }
        return null;
    }
}
