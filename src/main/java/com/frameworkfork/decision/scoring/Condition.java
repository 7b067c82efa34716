package com.frameworkfork.decision.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * When something applies, as answers to questions and optionally the recommendation: every key
 * must hold one of its values. Written {@code api=yes;admin=no|unsure;recommendation=django}; keys
 * are kept sorted and values in answer order, so equal conditions always read the same.
 */
public record Condition(Map<String, List<String>> accepted) {

    public static final String RECOMMENDATION = "recommendation";

    public Condition {
        Map<String, List<String>> sorted = new TreeMap<>();
        accepted.forEach((key, values) -> sorted.put(key, canonical(key, values)));
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("A condition names at least one question or the recommendation.");
        }
        accepted = Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
    }

    /** Reads the written form; every problem is worded for the person who wrote it. */
    public static Condition parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Write at least one condition, such as api=yes.");
        }
        Map<String, List<String>> accepted = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] pair = part.split("=", 2);
            if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
                throw new IllegalArgumentException("'" + part.strip() + "' is not a condition; write it as question=answer, such as api=yes.");
            }
            String key = pair[0].strip();
            List<String> values = Stream.of(pair[1].split("\\|")).map(String::strip).toList();
            if (accepted.put(key, values) != null) {
                throw new IllegalArgumentException("'" + key + "' is named twice; list its values once, such as admin=no|unsure.");
            }
        }
        return new Condition(accepted);
    }

    public String format() {
        return accepted.entrySet().stream().map(e -> e.getKey() + "=" + String.join("|", e.getValue()))
                .collect(Collectors.joining(";"));
    }

    /** The questions the condition looks at, without the recommendation. */
    public Set<String> questions() {
        return accepted.keySet().stream().filter(k -> !k.equals(RECOMMENDATION)).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * @param answers        the answers as counted; a question without one matches no value
     * @param recommendation the verdict, or null while it is not known (a condition on it then fails)
     */
    public boolean matches(Map<String, Answer> answers, Recommendation recommendation) {
        for (Map.Entry<String, List<String>> entry : accepted.entrySet()) {
            String actual;
            if (entry.getKey().equals(RECOMMENDATION)) {
                actual = recommendation == null ? null : recommendation.value();
            } else {
                Answer answer = answers.get(entry.getKey());
                actual = answer == null ? null : answer.value();
            }
            if (actual == null || !entry.getValue().contains(actual)) {
                return false;
            }
        }
        return true;
    }

    /** Questions this condition names that the model does not ask; empty when it fits the model. */
    public List<String> unknownQuestions(Collection<String> modelKeys) {
        List<String> unknown = new ArrayList<>(questions());
        unknown.removeAll(modelKeys);
        return unknown;
    }

    private static List<String> canonical(String key, Collection<String> values) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("'" + key + "' needs at least one value.");
        }
        boolean onRecommendation = key.equals(RECOMMENDATION);
        List<String> order = onRecommendation
                ? Stream.of(Recommendation.values()).map(Recommendation::value).toList()
                : Stream.of(Answer.values()).map(Answer::value).toList();
        for (String value : values) {
            if (!order.contains(value)) {
                throw new IllegalArgumentException("'" + value + "' is not a value for " + key + "; use "
                        + String.join(", ", order) + ".");
            }
        }
        if (!key.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("'" + key + "' is not a question key.");
        }
        return values.stream().distinct().sorted(Comparator.comparingInt(order::indexOf)).toList();
    }
}
