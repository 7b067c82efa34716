package com.frameworkfork.comparison;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of record the frameworks file and a comparison file hold, each with its stable key, in
 * the order the importer brings them in (what others refer to first).
 *
 * @param segment the part's name in back-office paths, such as {@code /admin/comparisons/x/notes/y}
 */
enum Part {
    FRAMEWORK("framework", 20, "framework", "frameworks"),
    COMPARISON("comparison", 40, "comparison", ""),
    SECTION("comparison-section", 41, "section", "sections"),
    CRITERION("comparison-criterion", 42, "row", "criteria"),
    VALUE("comparison-value", 43, "value", ""),
    NOTE("comparison-note", 44, "note", "notes"),
    DISAGREEMENT("comparison-disagreement", 45, "disagreement", "disagreements"),
    BENCHMARK("comparison-benchmark", 46, "benchmark", "benchmarks"),
    USE_CASE("comparison-use-case", 47, "use case", "use-cases"),
    PRO_CON("comparison-pro-con", 48, "strength or weakness", "pros-and-cons"),
    MIGRATION_STEP("comparison-migration-step", 49, "migration step", "migration-steps");

    private final String kindName;
    private final int order;
    private final String noun;
    private final String segment;

    Part(String kindName, int order, String noun, String segment) {
        this.kindName = kindName;
        this.order = order;
        this.noun = noun;
        this.segment = segment;
    }

    String kindName() {
        return kindName;
    }

    int order() {
        return order;
    }

    /** What editors call one of them: "note", "row". */
    String noun() {
        return noun;
    }

    String segment() {
        return segment;
    }

    /** The parts an editor adds, edits and removes one by one under a comparison. */
    static Optional<Part> ofSegment(String segment) {
        return Arrays.stream(values()).filter(p -> p != FRAMEWORK && !p.segment.isEmpty() && p.segment.equals(segment))
                .findFirst();
    }

    /** Parts that belong to a section (the rest belong to the comparison as a whole). */
    boolean inSection() {
        return this == CRITERION || this == NOTE || this == DISAGREEMENT;
    }

    /**
     * The record's key, unique across all comparisons: the section {@code django-vs-flask#at-a-glance},
     * the criterion's own code, {@code django-vs-flask/note/fastapi-for-async-apis}.
     */
    String key(String comparison, String localKey) {
        return switch (this) {
            case FRAMEWORK, COMPARISON, CRITERION -> localKey;
            case SECTION -> comparison + "#" + localKey;
            case VALUE -> throw new IllegalArgumentException("a value is keyed by its criterion and framework");
            case NOTE -> comparison + "/note/" + localKey;
            case DISAGREEMENT -> comparison + "/disagreement/" + localKey;
            case BENCHMARK -> comparison + "/benchmark/" + localKey;
            case USE_CASE -> comparison + "/use-case/" + localKey;
            case PRO_CON -> comparison + "/pro-con/" + localKey;
            case MIGRATION_STEP -> comparison + "/migration/" + localKey;
        };
    }

    /** The key as the file and the back office's address have it: the anchor, code or {@code key}. */
    String localKey(String key) {
        return switch (this) {
            case FRAMEWORK, COMPARISON, CRITERION, VALUE -> key;
            case SECTION -> key.substring(key.indexOf('#') + 1);
            default -> key.substring(key.lastIndexOf('/') + 1);
        };
    }

    static String valueKey(String criterion, String framework) {
        return criterion + "@" + framework;
    }
}
