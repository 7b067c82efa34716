package com.frameworkfork.decision.api;

import java.util.List;

import com.frameworkfork.decision.questionnaire.Questionnaire;
import com.frameworkfork.decision.scoring.Lean;
import com.frameworkfork.decision.scoring.Recommendation;
import com.frameworkfork.decision.scoring.ScoringResult;
import com.frameworkfork.decision.verdict.ScoredVerdict;
import com.frameworkfork.source.SourceView;

/**
 * The JSON form of a verdict.
 *
 * @param confidence        the verdict's strength, such as "a clear lean", in the words answers use too
 * @param fastApiWorthALook whether FastAPI is worth a look for these answers (kept for clients of the
 *                          first version of this response; thirdOptions says which framework and why)
 */
record VerdictResponse(String id, Recommendation recommendation, Scores scores, int margin, String confidence,
                       List<ReasonItem> reasons, List<ChangeItem> whatWouldChange, boolean fastApiWorthALook,
                       List<ThirdOptionItem> thirdOptions, NextSteps nextSteps, int modelVersion, String url) {

    public record Scores(int django, int flask) {
    }

    /**
     * @param status   answered, skipped (not asked, counted as the answer given), unanswered (a tie-break
     *                 left open) or not-needed (a tie-break the other answers made unnecessary)
     * @param answer   the answer counted, or null
     * @param strength none, slight, clear or strong
     */
    public record ReasonItem(String question, String status, String answer, Lean favours, int weight, String strength,
                             String explanation) {
    }

    /** @param tieBreakDecides the change would leave a close call for the tie-break question to settle */
    public record ChangeItem(String question, String from, String to, Recommendation becomes, boolean tieBreakDecides) {
    }

    public record ThirdOptionItem(String framework, String heading, String text, List<String> sources) {
    }

    public record NextSteps(List<Tutorial> tutorials, List<Package> packages) {
    }

    public record Tutorial(Recommendation framework, String url) {
    }

    public record Package(String name, String url, String why) {
    }

    static VerdictResponse of(ScoredVerdict verdict) {
        String id = verdict.id();
        ScoringResult result = verdict.result();
        List<ThirdOptionItem> thirdOptions = verdict.thirdOptions().stream()
                .map(o -> new ThirdOptionItem(o.framework(), o.heading(), o.text(),
                        o.sources().stream().map(SourceView::code).toList()))
                .toList();
        Questionnaire.Advice advice = verdict.nextSteps();
        boolean fastApi = result.fastApiWorthALook()
                || verdict.thirdOptions().stream().anyMatch(o -> o.framework().equals("fastapi"));
        return new VerdictResponse(id, result.recommendation(),
                new Scores(result.djangoScore(), result.flaskScore()), result.margin(), result.strength().lean(),
                result.reasons().stream().map(r -> new ReasonItem(r.question(), r.status().value(),
                        r.answer() == null ? null : r.answer().value(), r.favours(), r.weight(), r.strength().word(),
                        r.explanation())).toList(),
                result.flips().stream().map(f -> new ChangeItem(f.question(), f.from() == null ? null : f.from().value(),
                        f.to().value(), f.becomes(), f.tieBreakDecides())).toList(),
                fastApi, thirdOptions,
                new NextSteps(advice.tutorials().stream().map(t -> new Tutorial(t.framework(), t.url())).toList(),
                        advice.packages().stream().map(p -> new Package(p.name(), p.url(), p.why())).toList()),
                result.modelVersion(), "/verdict/" + id);
    }
}
