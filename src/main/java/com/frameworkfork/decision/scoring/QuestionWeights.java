package com.frameworkfork.decision.scoring;

import java.util.Map;

/**
 * The scoring side of one question.
 *
 * @param excludesKey a question that cannot also be answered yes, or null
 */
public record QuestionWeights(String key, String excludesKey, Map<Answer, AnswerWeight> weights) {

    public QuestionWeights {
        weights = Map.copyOf(weights);
        for (Answer answer : Answer.values()) {
            if (!weights.containsKey(answer)) {
                throw new IllegalArgumentException("Question " + key + " has no weight for " + answer.value());
            }
        }
    }

    public AnswerWeight weightOf(Answer answer) {
        return weights.get(answer);
    }
}
