package com.frameworkfork.decision.scoring;

/**
 * The one vocabulary for how strongly something points one way, used alike for the weight of a
 * single answer and for the margin of a whole verdict, so a badge, the overall lean and the model's
 * note never disagree. Where each word starts is set by the model's thresholds.
 */
public enum Strength {
    NONE("none", "no real lean"),
    SLIGHT("slight", "a slight lean"),
    CLEAR("clear", "a clear lean"),
    STRONG("strong", "a strong lean");

    private final String word;
    private final String lean;

    Strength(String word, String lean) {
        this.word = word;
        this.lean = lean;
    }

    /** "clear": the word alone, as an answer's badge shows it. */
    public String word() {
        return word;
    }

    /** "a clear lean": the words for a verdict as a whole. */
    public String lean() {
        return lean;
    }
}
