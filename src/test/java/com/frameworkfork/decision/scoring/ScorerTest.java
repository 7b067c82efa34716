package com.frameworkfork.decision.scoring;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The scorer's mechanics on small models: checking answers, skips, tie-breaks, conditions and storage. */
class ScorerTest {

    private static final ScoringModel SIX = ScoringModelFixture.SIX;
    private static final ScoringModel RULES = ScoringModelFixture.RULES;

    private static Map<String, Answer> answers(ScoringModel model, String... yes) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        model.questions().stream().filter(q -> !q.tieBreak()).forEach(q -> answers.put(q.key(), Answer.NO));
        for (String key : yes) {
            answers.put(key, Answer.YES);
        }
        return answers;
    }

    private static Map<String, Answer> with(Map<String, Answer> answers, String key, Answer answer) {
        Map<String, Answer> changed = new LinkedHashMap<>(answers);
        if (answer == null) {
            changed.remove(key);
        } else {
            changed.put(key, answer);
        }
        return changed;
    }

    @Test
    void problemsNameEveryMissingUnknownAndInvalidAnswer() {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("api", "yes");
        raw.put("admin", "maybe");
        raw.put("solo", null);
        raw.put("team", "no");
        raw.put("growth", "YES");
        raw.put("colour", "blue");
        assertThat(Scorer.problems(SIX, raw)).extracting(AnswerProblem::question)
                .containsExactlyInAnyOrder("colour", "admin", "solo", "growth", "learning");
    }

    @Test
    void contradictoryAnswersAreRefusedOnTheLaterQuestion() {
        assertThatThrownBy(() -> Scorer.score(SIX, answers(SIX, "solo", "team")))
                .isInstanceOf(InvalidAnswersException.class)
                .satisfies(e -> assertThat(((InvalidAnswersException) e).problems())
                        .extracting(AnswerProblem::question).containsExactly("team"));
    }

    @Test
    void aQuestionMadeMootByAnEarlierAnswerIsNotAskedAndCountsAsNo() {
        Map<String, Answer> solo = answers(RULES, "solo");
        solo.remove("team");
        assertThat(Scorer.asked(RULES, solo)).doesNotContain("team");
        ScoringResult result = Scorer.score(RULES, solo);
        assertThat(result.reason("team").orElseThrow().status()).isEqualTo(Reason.Status.SKIPPED);
        assertThat(result.countedAnswers()).containsEntry("team", Answer.NO);
        assertThat(Scorer.score(RULES, with(solo, "team", Answer.NO)).margin()).isEqualTo(result.margin());
        assertThat(Scorer.validate(RULES, with(solo, "team", Answer.YES))).extracting(AnswerProblem::question)
                .containsExactly("team");
        assertThat(Scorer.score(RULES, with(solo, "team", Answer.UNSURE)).countedAnswers()).containsEntry("team", Answer.NO);
        assertThat(Scorer.asked(RULES, with(solo, "solo", Answer.NO))).contains("team");
    }

    @Test
    void theTieBreakIsAskedAfterACloseCallOnlyAndMayBeLeftOpen() {
        Map<String, Answer> close = answers(RULES);
        assertThat(Scorer.asked(RULES, Map.of())).doesNotContain("decisions");
        assertThat(Scorer.asked(RULES, close)).endsWith("decisions");
        ScoringResult open = Scorer.score(RULES, close);
        assertThat(open.reason("decisions").orElseThrow().status()).isEqualTo(Reason.Status.UNANSWERED);
        assertThat(open.flipsFor("decisions")).extracting(Flip::to).contains(Answer.YES, Answer.NO);
        assertThat(Scorer.score(RULES, with(close, "decisions", Answer.YES)).recommendation()).isEqualTo(Recommendation.FLASK);

        Map<String, Answer> clear = with(answers(RULES, "admin"), "decisions", Answer.YES);
        assertThat(Scorer.asked(RULES, clear)).doesNotContain("decisions");
        ScoringResult notNeeded = Scorer.score(RULES, clear);
        assertThat(notNeeded.reason("decisions").orElseThrow().status()).isEqualTo(Reason.Status.NOT_NEEDED);
        assertThat(notNeeded.margin()).isEqualTo(Scorer.score(RULES, answers(RULES, "admin")).margin());
        assertThat(notNeeded.countedAnswers()).doesNotContainKey("decisions");
        assertThat(Scorer.applying(RULES, clear)).doesNotContainKey("decisions");
    }

    @Test
    void aChangeThatCallsForTheTieBreakSaysTheTieBreakWouldSettleIt() {
        ScoringResult learner = Scorer.score(RULES, answers(RULES, "learning"));
        assertThat(learner.recommendation()).isEqualTo(Recommendation.FLASK);
        assertThat(learner.flipsFor("learning")).isNotEmpty().allMatch(Flip::tieBreakDecides);
        assertThat(learner.flipsFor("admin")).allMatch(f -> !f.tieBreakDecides());
    }

    @Test
    void aSkippedQuestionOrAnUnneededTieBreakCannotChangeOnItsOwn() {
        Map<String, Answer> solo = answers(RULES, "solo");
        solo.remove("team");
        assertThat(Scorer.score(RULES, solo).flipsFor("team")).isEmpty();
        assertThat(Scorer.score(RULES, answers(RULES, "admin")).flipsFor("decisions")).isEmpty();
    }

    @Test
    void leaningWordsFollowTheThresholdsForWeightsAndMarginsAlike() {
        assertThat(List.of(0, 1, 2, 3, 6, 7, -7).stream().map(RULES::strength).toList())
                .containsExactly(Strength.NONE, Strength.SLIGHT, Strength.SLIGHT, Strength.CLEAR, Strength.CLEAR,
                        Strength.STRONG, Strength.STRONG);
        assertThat(SIX.strength(1)).isEqualTo(Strength.NONE);
    }

    @Test
    void conditionsReadBackAsWrittenInOneOrderAndRefuseWhatIsNotAnAnswer() {
        Condition condition = Condition.parse("recommendation=django; admin=unsure|no ;api=yes");
        assertThat(condition.format()).isEqualTo("admin=no|unsure;api=yes;recommendation=django");
        assertThat(Condition.parse(condition.format())).isEqualTo(condition);
        assertThat(condition.matches(Map.of("admin", Answer.NO, "api", Answer.YES), Recommendation.DJANGO)).isTrue();
        assertThat(condition.matches(Map.of("admin", Answer.NO, "api", Answer.YES), Recommendation.FLASK)).isFalse();
        assertThat(condition.matches(Map.of("api", Answer.YES), Recommendation.DJANGO)).isFalse();
        assertThat(condition.unknownQuestions(List.of("api"))).containsExactly("admin");
        for (String wrong : List.of("", "api", "api=maybe", "api=yes;api=no", "recommendation=fastapi", "=yes")) {
            assertThatThrownBy(() -> Condition.parse(wrong)).as(wrong).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aModelRefusesSkipsOnLaterAnswersAndThresholdsThatDoNotRise() {
        assertThatThrownBy(() -> new ScoringModel(9, List.of(RULES.question("team").orElseThrow()), 1, 3, 7))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScoringModel(9, SIX.questions(), 3, 2, 7)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answersSurviveEncodingInQuestionOrder() {
        Map<String, Answer> answers = new HashMap<>(answers(SIX, "api", "growth"));
        answers.put("team", Answer.UNSURE);
        String encoded = Scorer.encode(SIX, answers);
        assertThat(encoded).isEqualTo("api=yes,admin=no,solo=no,team=unsure,growth=yes,learning=no");
        assertThat(Scorer.decode(encoded)).isEqualTo(answers);
        assertThat(Scorer.decode("")).isEmpty();
        assertThat(Scorer.decode("api=perhaps,solo=no")).containsOnlyKeys("solo");
    }

    @Test
    void fastApiIsMarkedWhereAnAnswerCountedSaysSo() {
        assertThat(Scorer.score(SIX, answers(SIX, "api")).fastApiWorthALook()).isTrue();
        assertThat(Scorer.score(SIX, answers(SIX, "admin")).fastApiWorthALook()).isFalse();
    }
}
