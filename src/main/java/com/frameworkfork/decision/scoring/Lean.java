package com.frameworkfork.decision.scoring;

/** The side a single answer favours. */
public enum Lean {
    DJANGO("Django"),
    FLASK("Flask"),
    NEITHER("neither");

    private final String label;

    Lean(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** How the answer moves the margin (Django minus Flask) for a given weight. */
    int signed(int weight) {
        return switch (this) {
            case DJANGO -> weight;
            case FLASK -> -weight;
            case NEITHER -> 0;
        };
    }
}
