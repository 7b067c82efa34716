package com.frameworkfork.decision.api;

import java.util.List;

import com.frameworkfork.decision.scoring.Lean;
import com.frameworkfork.decision.scoring.Recommendation;
import com.frameworkfork.decision.scoring.ScoringResult;
import com.frameworkfork.decision.verdict.ScoredVerdict;

/** The JSON form of a verdict. */
record VerdictResponse(String id, Recommendation recommendation, Scores scores, int margin, String confidence,
                              List<ReasonItem> reasons, List<ChangeItem> whatWouldChange, boolean fastApiWorthALook,
                              int modelVersion, String url) {

    public record Scores(int django, int flask) {
    }

    public record ReasonItem(String question, String answer, Lean favours, int weight, String strength,
                             String explanation) {
    }

    public record ChangeItem(String question, String from, String to, Recommendation becomes) {
    }

    static VerdictResponse of(ScoredVerdict verdict) {
        String id = verdict.id();
        ScoringResult result = verdict.result();
        return new VerdictResponse(id, result.recommendation(),
                new Scores(result.djangoScore(), result.flaskScore()), result.margin(), result.confidence().words(),
                result.reasons().stream().map(r -> new ReasonItem(r.question(), r.answer().value(), r.favours(),
                        r.weight(), r.strength().words(), r.explanation())).toList(),
                result.flips().stream().map(f -> new ChangeItem(f.question(), f.from().value(), f.to().value(),
                        f.becomes())).toList(),
                result.fastApiWorthALook(), result.modelVersion(), "/verdict/" + id);
    }
}
