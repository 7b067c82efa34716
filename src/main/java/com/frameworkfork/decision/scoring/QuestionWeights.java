package com.frameworkfork.decision.scoring;

import java.util.Map;

/**
 * The scoring side of one question.
 *
 * @param kind        what the question is about, or null for a model that does not say
 * @param excludesKey a question that cannot also be answered yes, or null
 * @param skipWhen    when these earlier answers were given, the question is not asked and counts as
 *                    {@link Scorer#RECORDED_WHEN_SKIPPED}; null when it is always asked
 * @param tieBreak    asked only when the other answers leave the margin below the model's clear-from
 *                    threshold; it may stay unanswered
 */
public record QuestionWeights(String key, QuestionKind kind, String excludesKey, Condition skipWhen, boolean tieBreak,
                              Map<Answer, AnswerWeight> weights) {

    public QuestionWeights {
        weights = Map.copyOf(weights);
        for (Answer answer : Answer.values()) {
            if (!weights.containsKey(answer)) {
                throw new IllegalArgumentException("Question " + key + " has no weight for " + answer.value());
            }
        }
        if (tieBreak && skipWhen != null) {
            throw new IllegalArgumentException("Question " + key + " is a tie-break, which is never skipped");
        }
        if (skipWhen != null && skipWhen.accepted().containsKey(Condition.RECOMMENDATION)) {
            throw new IllegalArgumentException("Question " + key + " cannot be skipped on the recommendation, which comes after it");
        }
    }

    public AnswerWeight weightOf(Answer answer) {
        return weights.get(answer);
    }
}
