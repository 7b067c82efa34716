package com.frameworkfork.decision.scoring;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The weights the brief asks for, written out independently of the migration that seeds them. */
public final class ScoringModelFixture {

    public static final List<String> KEYS = List.of("api", "admin", "solo", "team", "growth", "learning");

    public static final ScoringModel MODEL = new ScoringModel(1, List.of(
            yesCounts("api", Lean.FLASK, 3, true, null),
            yesCounts("admin", Lean.DJANGO, 3, false, null),
            yesCounts("solo", Lean.FLASK, 1, false, "team"),
            yesCounts("team", Lean.DJANGO, 3, false, "solo"),
            yesCounts("growth", Lean.DJANGO, 3, false, null),
            yesCounts("learning", Lean.FLASK, 3, false, null)), 2, 3, 7);

    private ScoringModelFixture() {
    }

    private static QuestionWeights yesCounts(String key, Lean side, int weight, boolean fastApi, String excludes) {
        Map<Answer, AnswerWeight> weights = new EnumMap<>(Answer.class);
        weights.put(Answer.YES, new AnswerWeight(side, weight, key + " yes", fastApi));
        weights.put(Answer.NO, new AnswerWeight(Lean.NEITHER, 0, key + " no", false));
        weights.put(Answer.UNSURE, new AnswerWeight(Lean.NEITHER, 0, key + " unsure", false));
        return new QuestionWeights(key, excludes, weights);
    }
}
