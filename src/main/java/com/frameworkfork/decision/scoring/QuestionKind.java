package com.frameworkfork.decision.scoring;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a question asks about, which says how much its answer may weigh: a need of the project
 * outweighs a property of it, which outweighs the preferences of the people building it. A model
 * says so in its note; the kind lets editors and tests see it.
 */
public enum QuestionKind {
    NEED("need"),
    PROPERTY("property"),
    PEOPLE("people"),
    PREFERENCE("preference"),
    TIE_BREAK("tie-break");

    private final String value;

    QuestionKind(String value) {
        this.value = value;
    }

    /** The spelling in content files and forms. */
    public String value() {
        return value;
    }

    public static Optional<QuestionKind> parse(String value) {
        return Arrays.stream(values()).filter(k -> k.value.equals(value)).findFirst();
    }
}
