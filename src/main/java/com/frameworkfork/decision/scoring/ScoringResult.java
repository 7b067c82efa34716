package com.frameworkfork.decision.scoring;

import java.util.List;

/**
 * The outcome of scoring one complete set of answers.
 *
 * @param reasons          one per question, in question order
 * @param flips            every single-answer change that would change the recommendation
 * @param fastApiWorthALook whether the answers describe a project for which FastAPI deserves a look too
 */
public record ScoringResult(int modelVersion, Recommendation recommendation, int djangoScore, int flaskScore,
                            Confidence confidence, List<Reason> reasons, List<Flip> flips,
                            boolean fastApiWorthALook) {

    public ScoringResult {
        reasons = List.copyOf(reasons);
        flips = List.copyOf(flips);
    }

    /** Django minus Flask: positive leans to Django, negative to Flask. */
    public int margin() {
        return djangoScore - flaskScore;
    }

    public List<Flip> flipsFor(String question) {
        return flips.stream().filter(f -> f.question().equals(question)).toList();
    }
}
