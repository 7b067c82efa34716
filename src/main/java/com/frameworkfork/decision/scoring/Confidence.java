package com.frameworkfork.decision.scoring;

/** How decisively the answers as a whole point one way, derived from the margin. */
public enum Confidence {
    NONE("no real lean"),
    SLIGHT("a slight lean"),
    CLEAR("a clear lean"),
    STRONG("a strong lean");

    private final String words;

    Confidence(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
