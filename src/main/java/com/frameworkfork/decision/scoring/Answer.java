package com.frameworkfork.decision.scoring;

import java.util.Arrays;
import java.util.Optional;

/** What a reader can answer to each question; {@link #value()} is the form and JSON spelling. */
public enum Answer {
    YES("yes"),
    NO("no"),
    UNSURE("unsure");

    private final String value;

    Answer(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<Answer> parse(String value) {
        return Arrays.stream(values()).filter(a -> a.value.equals(value)).findFirst();
    }
}
