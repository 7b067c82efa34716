package com.frameworkfork.decision.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScorerTest {

    private static final ScoringModel MODEL = ScoringModelFixture.MODEL;
    private static final List<String> KEYS = ScoringModelFixture.KEYS;

    /** Every one of the 3^6 combinations of answers, in a fixed order. */
    private static List<Map<String, Answer>> allCombinations() {
        List<Map<String, Answer>> all = new ArrayList<>();
        all.add(new LinkedHashMap<>());
        for (String key : KEYS) {
            List<Map<String, Answer>> next = new ArrayList<>();
            for (Map<String, Answer> partial : all) {
                for (Answer answer : Answer.values()) {
                    Map<String, Answer> extended = new LinkedHashMap<>(partial);
                    extended.put(key, answer);
                    next.add(extended);
                }
            }
            all = next;
        }
        return all;
    }

    private static boolean contradictory(Map<String, Answer> answers) {
        return answers.get("solo") == Answer.YES && answers.get("team") == Answer.YES;
    }

    private static List<Map<String, Answer>> validCombinations() {
        return allCombinations().stream().filter(a -> !contradictory(a)).toList();
    }

    private static int rank(Recommendation recommendation) {
        return switch (recommendation) {
            case FLASK -> 0;
            case EITHER -> 1;
            case DJANGO -> 2;
        };
    }

    private static Map<String, Answer> with(Map<String, Answer> answers, String key, Answer answer) {
        Map<String, Answer> changed = new LinkedHashMap<>(answers);
        changed.put(key, answer);
        return changed;
    }

    private static Map<String, Answer> answers(String... yesKeys) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        KEYS.forEach(k -> answers.put(k, Answer.NO));
        for (String key : yesKeys) {
            answers.put(key, Answer.YES);
        }
        return answers;
    }

    @Test
    void everyContradictoryCombinationIsRejectedNamingTheTeamQuestion() {
        for (Map<String, Answer> answers : allCombinations()) {
            if (!contradictory(answers)) {
                continue;
            }
            assertThatThrownBy(() -> Scorer.score(MODEL, answers))
                    .isInstanceOf(InvalidAnswersException.class)
                    .satisfies(e -> assertThat(((InvalidAnswersException) e).problems())
                            .extracting(AnswerProblem::question).containsExactly("team"));
            Map<String, String> raw = new LinkedHashMap<>();
            answers.forEach((k, v) -> raw.put(k, v.value()));
            assertThat(Scorer.problems(MODEL, raw)).extracting(AnswerProblem::question).containsExactly("team");
        }
    }

    /** The score is explained answer by answer: each side's score is what its reasons add up to. */
    @Test
    void theReasonsAddUpToTheScores() {
        for (Map<String, Answer> answers : validCombinations()) {
            ScoringResult result = Scorer.score(MODEL, answers);
            int django = result.reasons().stream().filter(r -> r.favours() == Lean.DJANGO).mapToInt(Reason::weight).sum();
            int flask = result.reasons().stream().filter(r -> r.favours() == Lean.FLASK).mapToInt(Reason::weight).sum();

            assertThat(result.djangoScore()).as("%s", answers).isEqualTo(django);
            assertThat(result.flaskScore()).as("%s", answers).isEqualTo(flask);
            assertThat(result.margin()).isEqualTo(django - flask);
            assertThat(result.modelVersion()).isEqualTo(MODEL.version());
        }
    }

    /**
     * The verdict depends on the margin alone, and a wider margin never makes it weaker: the side
     * ahead is recommended once it leads by enough, "either" below that, and confidence never falls
     * as the lead grows. The thresholds themselves are the examples' business, below.
     */
    @Test
    void theVerdictFollowsTheMarginAndAWiderLeadIsNeverLessDecisive() {
        Map<Integer, ScoringResult> byMargin = new HashMap<>();
        for (Map<String, Answer> answers : validCombinations()) {
            ScoringResult result = Scorer.score(MODEL, answers);
            ScoringResult sameMargin = byMargin.putIfAbsent(result.margin(), result);
            if (sameMargin != null) {
                assertThat(result.recommendation()).as("%s", answers).isEqualTo(sameMargin.recommendation());
                assertThat(result.confidence()).as("%s", answers).isEqualTo(sameMargin.confidence());
            }
            assertThat(result.confidence() == Confidence.NONE).isEqualTo(result.recommendation() == Recommendation.EITHER);
            if (result.recommendation() == Recommendation.DJANGO) {
                assertThat(result.margin()).as("%s", answers).isPositive();
            }
            if (result.recommendation() == Recommendation.FLASK) {
                assertThat(result.margin()).as("%s", answers).isNegative();
            }
        }
        List<Integer> margins = byMargin.keySet().stream().sorted().toList();
        for (int i = 1; i < margins.size(); i++) {
            ScoringResult lower = byMargin.get(margins.get(i - 1));
            ScoringResult higher = byMargin.get(margins.get(i));
            assertThat(rank(higher.recommendation())).isGreaterThanOrEqualTo(rank(lower.recommendation()));
            if (margins.get(i - 1) >= 0) {
                assertThat(higher.confidence()).as("margin %d after %d", margins.get(i), margins.get(i - 1))
                        .isGreaterThanOrEqualTo(lower.confidence());
            }
            if (margins.get(i) <= 0) {
                assertThat(lower.confidence()).as("margin %d before %d", margins.get(i - 1), margins.get(i))
                        .isGreaterThanOrEqualTo(higher.confidence());
            }
        }
    }

    @Test
    void thereIsOneReasonPerQuestionInOrderMatchingTheAnswer() {
        for (Map<String, Answer> answers : validCombinations()) {
            ScoringResult result = Scorer.score(MODEL, answers);
            assertThat(result.reasons()).extracting(Reason::question).containsExactlyElementsOf(KEYS);
            for (Reason reason : result.reasons()) {
                assertThat(reason.answer()).isEqualTo(answers.get(reason.question()));
                assertThat(reason.explanation()).isNotBlank();
                assertThat(reason.favours() == Lean.NEITHER).isEqualTo(reason.weight() == 0);
                assertThat(reason.strength() == Strength.NONE).isEqualTo(reason.weight() == 0);
            }
        }
    }

    @Test
    void movingOneAnswerTowardDjangoNeverMovesTheRecommendationTowardFlask() {
        int compared = 0;
        for (Map<String, Answer> answers : validCombinations()) {
            Recommendation before = Scorer.score(MODEL, answers).recommendation();
            for (QuestionWeights question : MODEL.questions()) {
                int current = question.weightOf(answers.get(question.key())).signed();
                for (Answer other : Answer.values()) {
                    Map<String, Answer> changed = with(answers, question.key(), other);
                    if (contradictory(changed)) {
                        continue;
                    }
                    int moved = question.weightOf(other).signed();
                    Recommendation after = Scorer.score(MODEL, changed).recommendation();
                    if (moved >= current) {
                        assertThat(rank(after)).as("%s -> %s=%s", answers, question.key(), other)
                                .isGreaterThanOrEqualTo(rank(before));
                    }
                    if (moved <= current) {
                        assertThat(rank(after)).as("%s -> %s=%s", answers, question.key(), other)
                                .isLessThanOrEqualTo(rank(before));
                    }
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(648 * 6);
    }

    /** Every change offered is true, and no single change that would alter the verdict is left out. */
    @Test
    void whatWouldChangeOffersExactlyTheSingleAnswersThatChangeTheRecommendation() {
        for (Map<String, Answer> answers : validCombinations()) {
            ScoringResult result = Scorer.score(MODEL, answers);
            for (Flip flip : result.flips()) {
                assertThat(flip.from()).isEqualTo(answers.get(flip.question()));
                Map<String, Answer> changed = with(answers, flip.question(), flip.to());
                assertThat(contradictory(changed)).as("%s offers %s", answers, flip).isFalse();
                assertThat(Scorer.score(MODEL, changed).recommendation()).as("%s offers %s", answers, flip)
                        .isEqualTo(flip.becomes()).isNotEqualTo(result.recommendation());
            }
            for (String key : KEYS) {
                for (Answer other : Answer.values()) {
                    Map<String, Answer> changed = with(answers, key, other);
                    if (other == answers.get(key) || contradictory(changed)) {
                        continue;
                    }
                    Recommendation after = Scorer.score(MODEL, changed).recommendation();
                    assertThat(result.flips().stream().anyMatch(f -> f.question().equals(key) && f.to() == other))
                            .as("%s with %s=%s", answers, key, other).isEqualTo(after != result.recommendation());
                }
            }
        }
    }

    @Test
    void fastApiIsSuggestedExactlyWhenTheProjectIsASinglePurposeApi() {
        for (Map<String, Answer> answers : validCombinations()) {
            assertThat(Scorer.score(MODEL, answers).fastApiWorthALook())
                    .isEqualTo(answers.get("api") == Answer.YES);
        }
    }

    @Test
    void answersThatPointNowhereGiveEitherWithNoRealLean() {
        ScoringResult allNo = Scorer.score(MODEL, answers());
        assertThat(allNo.recommendation()).isEqualTo(Recommendation.EITHER);
        assertThat(allNo.confidence()).isEqualTo(Confidence.NONE);
        assertThat(allNo.flips()).isNotEmpty();

        Map<String, Answer> allUnsure = new LinkedHashMap<>();
        KEYS.forEach(k -> allUnsure.put(k, Answer.UNSURE));
        assertThat(Scorer.score(MODEL, allUnsure).recommendation()).isEqualTo(Recommendation.EITHER);
    }

    @Test
    void beingTheOnlyDeveloperIsOnlyAMildLeanTowardFlask() {
        ScoringResult result = Scorer.score(MODEL, answers("solo"));
        assertThat(result.recommendation()).isEqualTo(Recommendation.EITHER);
        assertThat(result.flaskScore()).isEqualTo(1);
        assertThat(result.reasons().get(2).favours()).isEqualTo(Lean.FLASK);
        assertThat(result.reasons().get(2).strength()).isEqualTo(Strength.MILD);
    }

    @Test
    void eachClearSignalFromTheBriefDecidesOnItsOwn() {
        for (String key : List.of("admin", "team", "growth")) {
            ScoringResult result = Scorer.score(MODEL, answers(key));
            assertThat(result.recommendation()).as(key).isEqualTo(Recommendation.DJANGO);
            assertThat(result.confidence()).as(key).isEqualTo(Confidence.CLEAR);
            assertThat(result.reasons().get(KEYS.indexOf(key)).strength()).isEqualTo(Strength.STRONG);
        }
        for (String key : List.of("api", "learning")) {
            assertThat(Scorer.score(MODEL, answers(key)).recommendation()).as(key).isEqualTo(Recommendation.FLASK);
        }
    }

    @Test
    void theBriefsExamplesComeOutAsTheBriefSays() {
        ScoringResult newsAggregator = Scorer.score(MODEL, answers("admin", "team", "growth"));
        assertThat(newsAggregator.recommendation()).isEqualTo(Recommendation.DJANGO);
        assertThat(newsAggregator.confidence()).isEqualTo(Confidence.STRONG);
        assertThat(newsAggregator.flips()).isEmpty();

        ScoringResult weatherApi = Scorer.score(MODEL, answers("api", "solo"));
        assertThat(weatherApi.recommendation()).isEqualTo(Recommendation.FLASK);
        assertThat(weatherApi.confidence()).isEqualTo(Confidence.CLEAR);
        assertThat(weatherApi.fastApiWorthALook()).isTrue();

        ScoringResult learner = Scorer.score(MODEL, answers("learning", "solo"));
        assertThat(learner.recommendation()).isEqualTo(Recommendation.FLASK);

        ScoringResult adminButSolo = Scorer.score(MODEL, answers("admin", "solo"));
        assertThat(adminButSolo.recommendation()).isEqualTo(Recommendation.DJANGO);
        assertThat(adminButSolo.confidence()).isEqualTo(Confidence.SLIGHT);

        ScoringResult apiWithAdmin = Scorer.score(MODEL, answers("api", "admin"));
        assertThat(apiWithAdmin.recommendation()).isEqualTo(Recommendation.EITHER);
        assertThat(apiWithAdmin.flipsFor("api")).extracting(Flip::becomes).containsOnly(Recommendation.DJANGO);
        assertThat(apiWithAdmin.flipsFor("admin")).extracting(Flip::becomes).containsOnly(Recommendation.FLASK);
    }

    @Test
    void aFlipThatWouldContradictAnotherAnswerIsNotOffered() {
        ScoringResult result = Scorer.score(MODEL, answers("solo", "api"));
        assertThat(result.flipsFor("team")).isEmpty();
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
        assertThat(Scorer.problems(MODEL, raw)).extracting(AnswerProblem::question)
                .containsExactlyInAnyOrder("colour", "admin", "solo", "growth", "learning");
    }

    @Test
    void answersSurviveEncodingInQuestionOrder() {
        Map<String, Answer> answers = new HashMap<>(answers("api", "growth"));
        answers.put("team", Answer.UNSURE);
        String encoded = Scorer.encode(MODEL, answers);
        assertThat(encoded).isEqualTo("api=yes,admin=no,solo=no,team=unsure,growth=yes,learning=no");
        assertThat(Scorer.decode(encoded)).isEqualTo(answers);
        assertThat(Scorer.decode("")).isEmpty();
        assertThat(Scorer.decode("api=perhaps,solo=no")).containsOnlyKeys("solo");
    }
}
