package com.frameworkfork.decision.scoring;

/**
 * What one answer to one question counts for.
 *
 * @param suggestsFastApi whether this answer describes a project for which FastAPI is worth a look too
 */
public record AnswerWeight(Lean favours, int weight, String explanation, boolean suggestsFastApi) {

    public AnswerWeight {
        if (weight < 0) {
            throw new IllegalArgumentException("A weight is never negative; the side is given by favours");
        }
        if (favours == Lean.NEITHER && weight != 0) {
            throw new IllegalArgumentException("An answer that favours neither side carries no weight");
        }
    }

    int signed() {
        return favours.signed(weight);
    }
}
