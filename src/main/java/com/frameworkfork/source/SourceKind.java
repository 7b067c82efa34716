package com.frameworkfork.source;

import java.util.Arrays;
import java.util.Optional;

/** How strong a source's word is: the projects' own documents, a published survey, or someone's article. */
public enum SourceKind {
    PRIMARY("primary", "Primary source", "the project's own documentation or release notes"),
    SURVEY("survey", "Survey", "a published study of developers"),
    SECONDARY("secondary", "Secondary source", "an article or blog post");

    private final String value;
    private final String label;
    private final String description;

    SourceKind(String value, String label, String description) {
        this.value = value;
        this.label = label;
        this.description = description;
    }

    /** What pages call it: "Primary source". */
    public String label() {
        return label;
    }

    /** The spelling in content files and forms. */
    public String value() {
        return value;
    }

    public String description() {
        return description;
    }

    public static Optional<SourceKind> parse(String value) {
        return Arrays.stream(values()).filter(kind -> kind.value.equals(value)).findFirst();
    }
}
