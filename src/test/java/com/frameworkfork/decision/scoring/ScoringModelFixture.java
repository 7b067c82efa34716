package com.frameworkfork.decision.scoring;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Small models for the scorer's mechanics, written out here so those tests do not depend on the
 * shipped content (whose rules ShippedModelRulesTest checks).
 */
final class ScoringModelFixture {

    /** Six questions without skips or tie-breaks; solo and team exclude each other. */
    static final ScoringModel SIX = new ScoringModel(1, List.of(
            yesCounts("api", Lean.FLASK, 3, true, null, null, false),
            yesCounts("admin", Lean.DJANGO, 3, false, null, null, false),
            yesCounts("solo", Lean.FLASK, 1, false, "team", null, false),
            yesCounts("team", Lean.DJANGO, 3, false, "solo", null, false),
            yesCounts("growth", Lean.DJANGO, 3, false, null, null, false),
            yesCounts("learning", Lean.FLASK, 3, false, null, null, false)), 2, 3, 7);

    /**
     * A need, a preference, a team question skipped for the only developer, and a tie-break worth 2
     * either way, asked below a margin of 3.
     */
    static final ScoringModel RULES = new ScoringModel(2, List.of(
            yesCounts("admin", Lean.DJANGO, 10, false, null, null, false),
            yesCounts("learning", Lean.FLASK, 3, false, null, null, false),
            yesCounts("solo", Lean.FLASK, 1, false, null, null, false),
            yesCounts("team", Lean.DJANGO, 3, false, "solo", Condition.parse("solo=yes"), false),
            tieBreak("decisions", 2)), 1, 3, 7);

    private ScoringModelFixture() {
    }

    private static QuestionWeights yesCounts(String key, Lean side, int weight, boolean fastApi, String excludes,
                                             Condition skipWhen, boolean tieBreak) {
        Map<Answer, AnswerWeight> weights = new EnumMap<>(Answer.class);
        weights.put(Answer.YES, new AnswerWeight(side, weight, key + " yes", fastApi));
        weights.put(Answer.NO, new AnswerWeight(Lean.NEITHER, 0, key + " no", false));
        weights.put(Answer.UNSURE, new AnswerWeight(Lean.NEITHER, 0, key + " unsure", false));
        return new QuestionWeights(key, null, excludes, skipWhen, tieBreak, weights);
    }

    private static QuestionWeights tieBreak(String key, int weight) {
        Map<Answer, AnswerWeight> weights = new EnumMap<>(Answer.class);
        weights.put(Answer.YES, new AnswerWeight(Lean.FLASK, weight, "make them myself", false));
        weights.put(Answer.NO, new AnswerWeight(Lean.DJANGO, weight, "have them made", false));
        weights.put(Answer.UNSURE, new AnswerWeight(Lean.NEITHER, 0, "no preference", false));
        return new QuestionWeights(key, QuestionKind.TIE_BREAK, null, null, true, weights);
    }
}
