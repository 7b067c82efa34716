package com.frameworkfork.decision.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of scoring one complete set of answers.
 *
 * @param reasons          one per question, in question order
 * @param flips            every single-answer change that would change the recommendation
 * @param fastApiWorthALook whether an answer counted is marked as describing a project for which
 *                         FastAPI deserves a look too (model 1 marks answers so; later models say it
 *                         with their third options)
 */
public record ScoringResult(int modelVersion, Recommendation recommendation, int djangoScore, int flaskScore,
                            Strength strength, List<Reason> reasons, List<Flip> flips, boolean fastApiWorthALook) {

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

    public Optional<Reason> reason(String question) {
        return reasons.stream().filter(r -> r.question().equals(question)).findFirst();
    }

    /** The answers that counted, skipped questions with their recorded answer, in question order. */
    public Map<String, Answer> countedAnswers() {
        Map<String, Answer> counted = new LinkedHashMap<>();
        reasons.stream().filter(Reason::counted).forEach(r -> counted.put(r.question(), r.answer()));
        return counted;
    }
}
