package com.frameworkfork.decision.scoring;

public enum Recommendation {
    DJANGO("Django"),
    FLASK("Flask"),
    EITHER("Either");

    private final String label;

    Recommendation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
