package com.frameworkfork.decision.scoring;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One version of the weights and thresholds. A verdict records the version it was made with, so it can
 * be explained the same way after the weights change.
 *
 * @param eitherBelow a margin (Django minus Flask) smaller than this, either way, is no real lean
 * @param clearFrom   from this margin the lean is called clear; below it a tie-break question is asked
 * @param strongFrom  from this margin the lean is called strong
 */
public final class ScoringModel {

    private final int version;
    private final List<QuestionWeights> questions;
    private final int eitherBelow;
    private final int clearFrom;
    private final int strongFrom;
    /** Kept because the scorer looks questions up by key many times for every set of answers. */
    private final Map<String, QuestionWeights> byKey = new LinkedHashMap<>();

    public ScoringModel(int version, List<QuestionWeights> questions, int eitherBelow, int clearFrom, int strongFrom) {
        this.version = version;
        this.questions = List.copyOf(questions);
        this.eitherBelow = eitherBelow;
        this.clearFrom = clearFrom;
        this.strongFrom = strongFrom;
        if (eitherBelow < 1 || clearFrom < eitherBelow || strongFrom < clearFrom) {
            throw new IllegalArgumentException("Thresholds must rise: 1 <= eitherBelow <= clearFrom <= strongFrom");
        }
        Set<String> earlier = new HashSet<>();
        for (QuestionWeights question : questions) {
            if (question.skipWhen() != null && !earlier.containsAll(question.skipWhen().questions())) {
                throw new IllegalArgumentException("Question " + question.key() + " can only be skipped on earlier answers");
            }
            if (!earlier.add(question.key())) {
                throw new IllegalArgumentException("Question " + question.key() + " appears twice");
            }
            byKey.put(question.key(), question);
        }
        for (QuestionWeights question : questions) {
            if (question.excludesKey() != null && !earlier.contains(question.excludesKey())) {
                throw new IllegalArgumentException("Question " + question.key() + " excludes a question the model does not ask");
            }
        }
    }

    public int version() {
        return version;
    }

    public List<QuestionWeights> questions() {
        return questions;
    }

    public int eitherBelow() {
        return eitherBelow;
    }

    public int clearFrom() {
        return clearFrom;
    }

    public int strongFrom() {
        return strongFrom;
    }

    public Optional<QuestionWeights> question(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public List<String> keys() {
        return List.copyOf(byKey.keySet());
    }

    public boolean hasTieBreak() {
        return questions.stream().anyMatch(QuestionWeights::tieBreak);
    }

    /**
     * The one vocabulary for weights and margins alike: below either-below none, then slight, clear
     * from clear-from and strong from strong-from.
     */
    public Strength strength(int amount) {
        int size = Math.abs(amount);
        if (size >= strongFrom) {
            return Strength.STRONG;
        }
        if (size >= clearFrom) {
            return Strength.CLEAR;
        }
        return size >= eitherBelow ? Strength.SLIGHT : Strength.NONE;
    }

    public Recommendation recommend(int margin) {
        if (margin >= eitherBelow) {
            return Recommendation.DJANGO;
        }
        return margin <= -eitherBelow ? Recommendation.FLASK : Recommendation.EITHER;
    }

    /** Whether the answers so far leave a call close enough for the tie-break question. */
    public boolean closeCall(int margin) {
        return Math.abs(margin) < clearFrom;
    }

    /** The largest score one framework can reach, used to scale the chart. */
    public int maxScore(Lean side) {
        return questions.stream()
                .mapToInt(q -> q.weights().values().stream()
                        .filter(w -> w.favours() == side).mapToInt(AnswerWeight::weight).max().orElse(0))
                .sum();
    }
}
