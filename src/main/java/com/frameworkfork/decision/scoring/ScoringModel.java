package com.frameworkfork.decision.scoring;

import java.util.List;
import java.util.Optional;

/**
 * One version of the weights and thresholds. A verdict records the version it was made with, so it can
 * be explained the same way after the weights change.
 *
 * @param eitherBelow a margin (Django minus Flask) smaller than this, either way, is no real lean
 * @param clearFrom   from this margin the lean is called clear
 * @param strongFrom  from this margin the lean is called strong
 */
public record ScoringModel(int version, List<QuestionWeights> questions, int eitherBelow, int clearFrom,
                           int strongFrom) {

    public ScoringModel {
        questions = List.copyOf(questions);
        if (eitherBelow < 1 || clearFrom < eitherBelow || strongFrom < clearFrom) {
            throw new IllegalArgumentException("Thresholds must rise: eitherBelow <= clearFrom <= strongFrom");
        }
    }

    public Optional<QuestionWeights> question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst();
    }

    public List<String> keys() {
        return questions.stream().map(QuestionWeights::key).toList();
    }

    /** The largest score one framework can reach, used to scale the chart. */
    public int maxScore(Lean side) {
        return questions.stream()
                .mapToInt(q -> q.weights().values().stream()
                        .filter(w -> w.favours() == side).mapToInt(AnswerWeight::weight).max().orElse(0))
                .sum();
    }
}
