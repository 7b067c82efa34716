package com.frameworkfork.decision.scoring;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

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

    public static Optional<Recommendation> parse(String value) {
        return Arrays.stream(values()).filter(r -> r.value().equals(value)).findFirst();
    }
}
