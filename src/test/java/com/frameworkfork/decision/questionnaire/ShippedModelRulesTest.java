package com.frameworkfork.decision.questionnaire;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.frameworkfork.content.ContentFiles;
import com.frameworkfork.decision.scoring.Answer;
import com.frameworkfork.decision.scoring.Flip;
import com.frameworkfork.decision.scoring.Lean;
import com.frameworkfork.decision.scoring.QuestionKind;
import com.frameworkfork.decision.scoring.QuestionWeights;
import com.frameworkfork.decision.scoring.Reason;
import com.frameworkfork.decision.scoring.Recommendation;
import com.frameworkfork.decision.scoring.Scorer;
import com.frameworkfork.decision.scoring.ScoringModel;
import com.frameworkfork.decision.scoring.ScoringResult;
import com.frameworkfork.decision.scoring.Strength;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped scoring models, read from their files, checked against the rules the site promises,
 * over every combination of answers a reader can give (the tie-break answered each way or not at
 * all). The rules are properties of any weights that keep them, not a table of expected verdicts.
 */
class ShippedModelRulesTest {

    private static final List<Answer> YES_NO = List.of(Answer.YES, Answer.NO);
    private static final List<Answer> ALL = List.of(Answer.values());

    private static ModelDefinition first;
    private static ModelDefinition second;
    private static final Map<Integer, List<Map<String, Answer>>> EVERYTHING = new java.util.HashMap<>();

    @BeforeAll
    static void readTheShippedFiles() {
        ContentFiles files = ContentFiles.shipped();
        first = ModelFiles.parse(files.required("questionnaire/model-1.yml"));
        second = ModelFiles.parse(files.required("questionnaire/model-2.yml"));
        for (ModelDefinition model : List.of(first, second)) {
            EVERYTHING.put(model.version(), combinations(model.scoringModel(), ALL, true, true));
        }
    }

    /**
     * Every set of answers a reader can give: each question asked is answered with each of
     * {@code values}; a skipped question is not asked; a tie-break, asked only after a close call,
     * is answered each way or left unanswered. Sets the model refuses (contradictions) are left out.
     */
    static List<Map<String, Answer>> combinations(ScoringModel model, List<Answer> values, boolean tieBreakAnswered,
                                                  boolean tieBreakOpen) {
        List<Map<String, Answer>> partial = new ArrayList<>();
        partial.add(new LinkedHashMap<>());
        for (QuestionWeights question : model.questions()) {
            List<Map<String, Answer>> next = new ArrayList<>();
            for (Map<String, Answer> answers : partial) {
                if (!Scorer.asked(model, answers).contains(question.key())) {
                    next.add(answers);
                    continue;
                }
                if (question.tieBreak() && tieBreakOpen) {
                    next.add(answers);
                }
                if (!question.tieBreak() || tieBreakAnswered) {
                    for (Answer answer : values) {
                        Map<String, Answer> extended = new LinkedHashMap<>(answers);
                        extended.put(question.key(), answer);
                        next.add(extended);
                    }
                }
            }
            partial = next;
        }
        return partial.stream().filter(a -> Scorer.validate(model, a).isEmpty()).toList();
    }

    private static List<Map<String, Answer>> everything(ScoringModel model) {
        return EVERYTHING.get(model.version());
    }

    private static int rank(Recommendation recommendation) {
        return switch (recommendation) {
            case FLASK -> 0;
            case EITHER -> 1;
            case DJANGO -> 2;
        };
    }

    /** What an answer moves the margin by (Django minus Flask); an unanswered tie-break moves nothing. */
    private static int pull(QuestionWeights question, Answer answer) {
        if (answer == null) {
            return 0;
        }
        var weight = question.weightOf(answer);
        return weight.favours() == Lean.DJANGO ? weight.weight() : weight.favours() == Lean.FLASK ? -weight.weight() : 0;
    }

    /** One answer changed, with the model's rules applied to the rest (a question it makes moot is dropped). */
    private static Map<String, Answer> changed(ScoringModel model, ScoringResult result, String key, Answer to) {
        Map<String, Answer> answers = new LinkedHashMap<>(result.countedAnswers());
        answers.put(key, to);
        return Scorer.applying(model, answers);
    }

    private static Map<Recommendation, Long> split(ScoringModel model, List<Map<String, Answer>> combinations) {
        Map<Recommendation, Long> split = new EnumMap<>(Recommendation.class);
        for (Recommendation recommendation : Recommendation.values()) {
            split.put(recommendation, 0L);
        }
        combinations.forEach(a -> split.merge(Scorer.score(model, a).recommendation(), 1L, Long::sum));
        return split;
    }

    private static Map<String, Answer> onlyYes(ScoringModel model, String... keys) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        model.questions().stream().filter(q -> !q.tieBreak()).forEach(q -> answers.put(q.key(), Answer.NO));
        for (String key : keys) {
            answers.put(key, Answer.YES);
        }
        return Scorer.applying(model, answers);
    }

    private static String tieBreakKey(ScoringModel model) {
        return model.questions().stream().filter(QuestionWeights::tieBreak).map(QuestionWeights::key).findFirst().orElseThrow();
    }

    // Rules both models keep.

    @Test
    void movingOneAnswerTowardDjangoNeverMovesTheVerdictTowardFlask() {
        for (ModelDefinition definition : List.of(first, second)) {
            ScoringModel model = definition.scoringModel();
            int compared = 0;
            for (Map<String, Answer> answers : everything(model)) {
                ScoringResult before = Scorer.score(model, answers);
                Recommendation was = before.recommendation();
                for (Reason reason : before.reasons()) {
                    if (reason.status() == Reason.Status.SKIPPED || reason.status() == Reason.Status.NOT_NEEDED) {
                        continue;
                    }
                    QuestionWeights question = model.question(reason.question()).orElseThrow();
                    for (Answer other : ALL) {
                        Map<String, Answer> after = changed(model, before, question.key(), other);
                        if (other == reason.answer() || !Scorer.validate(model, after).isEmpty()) {
                            continue;
                        }
                        int moved = Integer.compare(pull(question, other), pull(question, reason.answer()));
                        Recommendation now = Scorer.verdict(model, after);
                        assertThat(Integer.signum(rank(now) - rank(was)) * moved)
                                .as("model %d: %s, then %s=%s", model.version(), answers, question.key(), other)
                                .isGreaterThanOrEqualTo(0);
                        compared++;
                    }
                }
            }
            assertThat(compared).isPositive();
        }
    }

    @Test
    void whatWouldChangeListsExactlyTheSingleAnswersThatChangeTheVerdict() {
        for (ModelDefinition definition : List.of(first, second)) {
            ScoringModel model = definition.scoringModel();
            for (Map<String, Answer> answers : everything(model)) {
                ScoringResult result = Scorer.score(model, answers);
                List<String> expected = new ArrayList<>();
                for (Reason reason : result.reasons()) {
                    if (reason.status() == Reason.Status.SKIPPED || reason.status() == Reason.Status.NOT_NEEDED) {
                        continue;
                    }
                    for (Answer other : ALL) {
                        Map<String, Answer> after = changed(model, result, reason.question(), other);
                        if (other == reason.answer() || !Scorer.validate(model, after).isEmpty()) {
                            continue;
                        }
                        if (Scorer.verdict(model, after) != result.recommendation()) {
                            expected.add(reason.question() + "=" + other.value());
                        }
                    }
                }
                List<String> listed = result.flips().stream().filter(f -> f.becomes() != result.recommendation())
                        .map(f -> f.question() + "=" + f.to().value()).toList();
                assertThat(listed).as("model %d: %s", model.version(), answers).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void everyBadgeAndTheOverallLeanUseTheModelsOneVocabulary() {
        for (ModelDefinition definition : List.of(first, second)) {
            ScoringModel model = definition.scoringModel();
            for (Map<String, Answer> answers : everything(model)) {
                ScoringResult result = Scorer.score(model, answers);
                assertThat(result.strength()).isEqualTo(model.strength(result.margin()));
                assertThat(result.strength() == Strength.NONE).isEqualTo(result.recommendation() == Recommendation.EITHER);
                for (Reason reason : result.reasons()) {
                    assertThat(reason.strength()).isEqualTo(model.strength(reason.weight()));
                    assertThat(reason.favours() == Lean.NEITHER).isEqualTo(reason.weight() == 0);
                }
            }
        }
    }

    /** "Not sure" says nothing either way; a tie-break's "no" is a preference of its own, so it is left out. */
    @Test
    void notSureCountsExactlyLikeNo() {
        for (ModelDefinition definition : List.of(first, second)) {
            ScoringModel model = definition.scoringModel();
            for (Map<String, Answer> answers : everything(model)) {
                Map<String, Answer> unsureAsNo = new LinkedHashMap<>(answers);
                unsureAsNo.replaceAll((k, v) -> v == Answer.UNSURE && !model.question(k).orElseThrow().tieBreak() ? Answer.NO : v);
                assertThat(Scorer.score(model, unsureAsNo).margin()).isEqualTo(Scorer.score(model, answers).margin());
            }
        }
    }

    // Model 2: needs before preferences, a tie-break for close calls, advice that fits.

    @Test
    void aNeedOfTheProjectIsNeverOutvotedByPreferencesPropertiesOrPeople() {
        ScoringModel model = second.scoringModel();
        List<QuestionWeights> needs = model.questions().stream().filter(q -> q.kind() == QuestionKind.NEED).toList();
        assertThat(needs).isNotEmpty();
        int checked = 0;
        for (Map<String, Answer> answers : everything(model)) {
            ScoringResult result = Scorer.score(model, answers);
            for (QuestionWeights need : needs) {
                if (answers.get(need.key()) == Answer.YES) {
                    Lean side = need.weightOf(Answer.YES).favours();
                    assertThat(result.recommendation().label()).as("%s", answers).isEqualTo(side.label());
                    checked++;
                }
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void theTieBreakIsAskedExactlyWhenTheOtherAnswersLeaveNoClearLean() {
        ScoringModel model = second.scoringModel();
        String tieBreak = tieBreakKey(model);
        for (Map<String, Answer> answers : combinations(model, ALL, false, true)) {
            ScoringResult result = Scorer.score(model, answers);
            boolean close = Math.abs(result.margin()) < model.clearFrom();
            assertThat(Scorer.asked(model, answers).contains(tieBreak)).as("%s", answers).isEqualTo(close);
            assertThat(result.reason(tieBreak).orElseThrow().status())
                    .isEqualTo(close ? Reason.Status.UNANSWERED : Reason.Status.NOT_NEEDED);
        }
    }

    @Test
    void eitherIsLeftOnlyWithoutAnySignalAndNeverOnceTheTieBreakIsAnswered() {
        ScoringModel model = second.scoringModel();
        List<Map<String, Answer>> open = combinations(model, YES_NO, false, true);
        assertThat(open).hasSize(48);
        assertThat(split(model, open).get(Recommendation.EITHER)).isLessThanOrEqualTo(12);
        String tieBreak = tieBreakKey(model);
        for (Answer answer : YES_NO) {
            List<Map<String, Answer>> answered = open.stream().map(a -> {
                Map<String, Answer> withTieBreak = new LinkedHashMap<>(a);
                if (Scorer.asked(model, a).contains(tieBreak)) {
                    withTieBreak.put(tieBreak, answer);
                }
                return withTieBreak;
            }).toList();
            assertThat(split(model, answered).get(Recommendation.EITHER)).as("tie-break %s", answer).isZero();
        }
        for (Map<String, Answer> answers : open) {
            ScoringResult result = Scorer.score(model, answers);
            if (result.recommendation() == Recommendation.EITHER) {
                assertThat(result.reasons().stream().filter(r -> r.status() == Reason.Status.ANSWERED)
                        .mapToInt(r -> pull(model.question(r.question()).orElseThrow(), r.answer())).sum())
                        .as("an either with some signal: %s", answers).isZero();
            }
        }
    }

    @Test
    void theOnlyDeveloperIsNotAskedAboutATeamWhichIsRecordedAsNo() {
        ScoringModel model = second.scoringModel();
        List<QuestionWeights> skippable = model.questions().stream().filter(q -> q.skipWhen() != null).toList();
        assertThat(skippable).isNotEmpty();
        for (QuestionWeights question : skippable) {
            for (Map<String, Answer> answers : everything(model)) {
                boolean moot = question.skipWhen().matches(answers, null);
                assertThat(Scorer.asked(model, answers).contains(question.key())).isEqualTo(!moot);
                Reason reason = Scorer.score(model, answers).reason(question.key()).orElseThrow();
                if (moot) {
                    assertThat(reason.status()).isEqualTo(Reason.Status.SKIPPED);
                    assertThat(reason.answer()).isEqualTo(Answer.NO);
                    Map<String, Answer> insisting = new LinkedHashMap<>(answers);
                    insisting.put(question.key(), Answer.YES);
                    assertThat(Scorer.validate(model, insisting)).extracting(p -> p.question()).contains(question.key());
                }
            }
        }
    }

    @Test
    void everyQuestionCanChangeSomeVerdict() {
        ScoringModel model = second.scoringModel();
        List<Map<String, Answer>> all = everything(model);
        for (QuestionWeights question : model.questions()) {
            boolean decidesSomething = all.stream().map(a -> Scorer.score(model, a))
                    .anyMatch(result -> result.flipsFor(question.key()).stream()
                            .anyMatch(f -> f.becomes() != result.recommendation()));
            assertThat(decidesSomething).as(question.key()).isTrue();
        }
    }

    @Test
    void theIssuesExamplesComeOutAsPromised() {
        ScoringModel model = second.scoringModel();
        String tieBreak = tieBreakKey(model);
        assertThat(Scorer.score(model, onlyYes(model, "api", "admin")).recommendation()).isEqualTo(Recommendation.DJANGO);
        assertThat(Scorer.score(model, onlyYes(model, "admin")).recommendation()).isEqualTo(Recommendation.DJANGO);
        assertThat(Scorer.score(model, onlyYes(model, "learning")).recommendation()).isEqualTo(Recommendation.FLASK);
        Map<String, Answer> allNo = onlyYes(model);
        assertThat(Scorer.score(model, allNo).recommendation()).isEqualTo(Recommendation.EITHER);
        Map<String, Answer> ownDecisions = new LinkedHashMap<>(allNo);
        ownDecisions.put(tieBreak, Answer.YES);
        assertThat(Scorer.score(model, ownDecisions).recommendation()).isEqualTo(Recommendation.FLASK);
        Map<String, Answer> decisionsMade = new LinkedHashMap<>(allNo);
        decisionsMade.put(tieBreak, Answer.NO);
        assertThat(Scorer.score(model, decisionsMade).recommendation()).isEqualTo(Recommendation.DJANGO);
    }

    @Test
    void thirdOptionsAppearOnlyWhereTheyFitTheAnswers() {
        ScoringModel model = second.scoringModel();
        Set<String> needs = model.questions().stream().filter(q -> q.kind() == QuestionKind.NEED)
                .map(QuestionWeights::key).collect(Collectors.toSet());
        Set<String> shownSomewhere = new java.util.HashSet<>();
        for (Map<String, Answer> answers : everything(model)) {
            ScoringResult result = Scorer.score(model, answers);
            boolean aNeed = needs.stream().anyMatch(k -> answers.get(k) == Answer.YES);
            for (ModelDefinition.ThirdOptionDefinition option : second.thirdOptions()) {
                boolean shown = option.when().matches(result.countedAnswers(), result.recommendation());
                if (!shown) {
                    continue;
                }
                shownSomewhere.add(option.framework());
                assertThat(answers.get("api")).as("%s shown for %s", option.framework(), answers).isEqualTo(Answer.YES);
                if (option.framework().equals("fastapi")) {
                    assertThat(aNeed).as("FastAPI for a project with a need: %s", answers).isFalse();
                } else {
                    assertThat(result.recommendation()).as("%s for %s", option.framework(), answers)
                            .isEqualTo(Recommendation.DJANGO);
                }
            }
        }
        assertThat(shownSomewhere).containsExactlyInAnyOrderElementsOf(
                second.thirdOptions().stream().map(ModelDefinition.ThirdOptionDefinition::framework).toList());
    }

    @Test
    void everyVerdictGetsATutorialForWhatItRecommendsAndPackagesToStartWith() {
        ScoringModel model = second.scoringModel();
        for (Map<String, Answer> answers : everything(model)) {
            ScoringResult result = Scorer.score(model, answers);
            List<Recommendation> tutorials = new ArrayList<>();
            if (result.recommendation() != Recommendation.FLASK && second.djangoTutorial() != null) {
                tutorials.add(Recommendation.DJANGO);
            }
            if (result.recommendation() != Recommendation.DJANGO && second.flaskTutorial() != null) {
                tutorials.add(Recommendation.FLASK);
            }
            assertThat(tutorials).as("%s", answers).isNotEmpty();
            assertThat(second.packages()).as("%s", answers)
                    .anyMatch(p -> p.when().matches(result.countedAnswers(), result.recommendation()));
        }
    }

    // Model 1 stays as it was published.

    @Test
    void modelOneAsksItsSixQuestionsWithoutSkipsOrTieBreaksAndRefusesTheContradiction() {
        ScoringModel model = first.scoringModel();
        assertThat(model.hasTieBreak()).isFalse();
        assertThat(model.questions()).allMatch(q -> q.skipWhen() == null);
        assertThat(combinations(model, YES_NO, false, false)).hasSize(48);
        Map<String, Answer> both = onlyYes(model, "solo", "team");
        assertThat(Scorer.validate(model, both)).extracting(p -> p.question()).containsExactly("team");
    }

    /** The API checks answers with {@link Scorer#problems}: model 1 has no tie-break, so a seventh answer is unknown. */
    @Test
    void modelOneRefusesTheTieBreakAsAnyUnknownQuestionAndModelTwoTakesItOrLeavesIt() {
        Map<String, String> six = new LinkedHashMap<>();
        first.scoringModel().keys().forEach(k -> six.put(k, "no"));
        Map<String, String> seven = new LinkedHashMap<>(six);
        seven.put(tieBreakKey(second.scoringModel()), "yes");
        assertThat(Scorer.problems(first.scoringModel(), seven)).extracting(p -> p.question())
                .containsExactly(tieBreakKey(second.scoringModel()));
        assertThat(Scorer.problems(first.scoringModel(), Map.of("colour", "no", "api", "no"))).extracting(p -> p.message())
                .anyMatch(m -> m.startsWith("There is no question"));
        assertThat(Scorer.problems(second.scoringModel(), six)).isEmpty();
        assertThat(Scorer.problems(second.scoringModel(), seven)).isEmpty();
    }

    @Test
    void theVerdictSplitOverThe48YesNoCombinations() {
        ScoringModel one = first.scoringModel();
        ScoringModel two = second.scoringModel();
        String tieBreak = tieBreakKey(two);
        List<Map<String, Answer>> open = combinations(two, YES_NO, false, true);
        StringBuilder report = new StringBuilder("Verdicts over the 48 consistent yes/no combinations\n");
        report.append("model 1: ").append(split(one, combinations(one, YES_NO, false, false))).append('\n');
        report.append("model 2, tie-break not answered: ").append(split(two, open)).append('\n');
        for (Answer answer : YES_NO) {
            List<Map<String, Answer>> answered = open.stream().map(a -> {
                Map<String, Answer> withTieBreak = new LinkedHashMap<>(a);
                if (Scorer.asked(two, a).contains(tieBreak)) {
                    withTieBreak.put(tieBreak, answer);
                }
                return withTieBreak;
            }).toList();
            report.append("model 2, tie-break ").append(answer.value()).append(": ").append(split(two, answered)).append('\n');
        }
        System.out.print(report);
        assertThat(split(one, combinations(one, YES_NO, false, false)).values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(48);
    }

    /** The flips the pages list name only answers a reader could give. */
    @Test
    void noFlipNamesASkippedQuestionOrAnUnneededTieBreak() {
        ScoringModel model = second.scoringModel();
        for (Map<String, Answer> answers : everything(model)) {
            ScoringResult result = Scorer.score(model, answers);
            for (Flip flip : result.flips()) {
                Reason.Status status = result.reason(flip.question()).orElseThrow().status();
                assertThat(status).isIn(Reason.Status.ANSWERED, Reason.Status.UNANSWERED);
            }
        }
    }
}
