package com.frameworkfork.decision.scoring;

import java.util.Locale;

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

    /** "django": the spelling in content files and conditions. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
