package com.frameworkfork.decision.scoring;

/** How strongly one answer pulls, in words a reader understands. */
public enum Strength {
    NONE("not at all"),
    MILD("mildly"),
    MODERATE("moderately"),
    STRONG("strongly");

    private final String words;

    Strength(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    static Strength of(int weight) {
        if (weight <= 0) {
            return NONE;
        }
        if (weight == 1) {
            return MILD;
        }
        return weight == 2 ? MODERATE : STRONG;
    }
}
