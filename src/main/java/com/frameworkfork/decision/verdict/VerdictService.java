package com.frameworkfork.decision.verdict;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.frameworkfork.decision.DecisionNotFoundException;
import com.frameworkfork.decision.RandomIds;
import com.frameworkfork.decision.questionnaire.Questionnaire;
import com.frameworkfork.decision.questionnaire.Questionnaires;
import com.frameworkfork.decision.scoring.Answer;
import com.frameworkfork.decision.scoring.AnswerProblem;
import com.frameworkfork.decision.scoring.InvalidAnswersException;
import com.frameworkfork.decision.scoring.Lean;
import com.frameworkfork.decision.scoring.Reason;
import com.frameworkfork.decision.scoring.Recommendation;
import com.frameworkfork.decision.scoring.Scorer;
import com.frameworkfork.decision.scoring.ScoringModel;
import com.frameworkfork.decision.scoring.ScoringResult;
import com.frameworkfork.web.SiteProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores verdicts and shows them: the page, the JSON form, the decision record and the counts. */
@Service
public class VerdictService {

    /** Below this many, a split of earlier verdicts with the same answers says more about chance than people. */
    static final int SAME_ANSWERS_MINIMUM = 10;

    static final String COMPARE_PAGE = "/compare/django-vs-flask";

    private final VerdictRepository verdicts;
    private final Questionnaires questionnaires;
    private final SiteProperties site;
    private final Clock clock;

    VerdictService(VerdictRepository verdicts, Questionnaires questionnaires, SiteProperties site, Clock clock) {
        this.verdicts = verdicts;
        this.questionnaires = questionnaires;
        this.site = site;
        this.clock = clock;
    }

    /**
     * Scores and stores answers sent to the API with the current model. {@code shapeProblems} are what
     * was already wrong with the request's shape; answers to those questions are not checked again.
     */
    @Transactional
    public ScoredVerdict create(Map<String, String> rawAnswers, List<AnswerProblem> shapeProblems) {
        Questionnaire questionnaire = questionnaires.current();
        Set<String> badShape = shapeProblems.stream().map(AnswerProblem::question).collect(Collectors.toSet());
        List<AnswerProblem> problems = new ArrayList<>(shapeProblems);
        if (!badShape.contains("answers")) {
            Scorer.problems(questionnaire.model(), rawAnswers).stream()
                    .filter(p -> !badShape.contains(p.question()))
                    .forEach(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidAnswersException(problems);
        }
        Map<String, Answer> answers = rawAnswers.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Answer.parse(e.getValue()).orElseThrow()));
        ScoringResult result = Scorer.score(questionnaire.model(), answers);
        return new ScoredVerdict(store(questionnaire, null, answers, result).getId(), result);
    }

    /**
     * The verdict for a finished questionnaire. Answers this quiz was already finished with (a reload,
     * the back button, an answer changed and changed back) return the verdict made for them then;
     * only a new combination makes a new verdict, and {@code beforeNewVerdict} runs first, so it may
     * refuse by throwing.
     */
    @Transactional
    public String recordFor(Questionnaire questionnaire, Map<String, Answer> answers, String quizId,
                            Runnable beforeNewVerdict) {
        String answersKey = Scorer.encode(questionnaire.model(), answers);
        Optional<Verdict> earlier = verdicts.findFirstByQuizIdAndAnswersKey(quizId, answersKey);
        if (earlier.isPresent()) {
            return earlier.get().getId();
        }
        beforeNewVerdict.run();
        return store(questionnaire, quizId, answers, Scorer.score(questionnaire.model(), answers)).getId();
    }

    @Transactional(readOnly = true)
    public ScoredVerdict find(String id) {
        return new ScoredVerdict(id, rescore(load(id)).result());
    }

    @Transactional(readOnly = true)
    public VerdictPage page(String id) {
        Verdict verdict = load(id);
        Rescored rescored = rescore(verdict);
        ScoringResult result = rescored.result();
        Questionnaire questionnaire = rescored.questionnaire();
        VerdictStats others = VerdictStats.of(verdicts.countByRecommendation());
        VerdictStats same = VerdictStats.of(verdict.getQuizId() == null
                ? verdicts.countSameAnswers(verdict.getAnswersKey(), id)
                : verdicts.countSameAnswersOutsideQuiz(verdict.getAnswersKey(), verdict.getQuizId()));

        List<VerdictPage.ReasonView> reasons = new ArrayList<>();
        for (Reason reason : result.reasons()) {
            Questionnaire.QuestionText question = questionnaire.question(reason.question()).orElseThrow();
            List<VerdictPage.FlipView> flips = result.flipsFor(reason.question()).stream()
                    .map(f -> new VerdictPage.FlipView(question.labelOf(f.to()), f.becomes()))
                    .toList();
            reasons.add(new VerdictPage.ReasonView(question.key(), question.number(), question.prompt(),
                    question.labelOf(reason.answer()), reason.favours(), reason.weight(), reason.strength().words(),
                    reason.explanation(), COMPARE_PAGE + "#" + question.compareAnchor(),
                    "/articles/" + question.articleSlug(), question.articleTitle(), flips));
        }
        String headline = switch (result.recommendation()) {
            case DJANGO -> "Django";
            case FLASK -> "Flask";
            case EITHER -> "Either will do";
        };
        String title = result.recommendation() == Recommendation.EITHER
                ? "Our verdict: either framework will do"
                : "Our verdict: " + headline + ", with " + result.confidence().words();
        String description = "Six answers about a project, weighed in the open: Django scores "
                + result.djangoScore() + ", Flask " + result.flaskScore()
                + ". See each reason and what would change the verdict.";
        return new VerdictPage(id, site.baseUrl() + "/verdict/" + id, result.recommendation(), headline,
                result.confidence().words(), summary(result), title, description, result.djangoScore(),
                result.flaskScore(), chart(questionnaire.model(), result), reasons, result.fastApiWorthALook(),
                others, same.total() >= SAME_ANSWERS_MINIMUM ? same : null, verdict.getModelVersion(),
                verdict.getCreatedAt().toLocalDate());
    }

    /** The verdict as a Markdown architecture decision record a team can commit to its repository. */
    @Transactional(readOnly = true)
    public String decisionRecord(String id) {
        return DecisionRecord.write(page(id), site.baseUrl());
    }

    @Transactional(readOnly = true)
    public VerdictStats stats() {
        return VerdictStats.of(verdicts.countByRecommendation());
    }

    /** Verdicts per day (UTC) from {@code from} on, counted as {@link #stats()} counts; days without any are left out. */
    @Transactional(readOnly = true)
    public Map<LocalDate, Long> perDay(LocalDate from) {
        Map<LocalDate, Long> days = new TreeMap<>();
        verdicts.countPerDaySince(from.atStartOfDay()).forEach(d -> days.put(d.day(), d.verdicts()));
        return days;
    }

    /**
     * How the verdicts made with the current scoring model answered each of its questions, counted
     * as {@link #stats()} counts, with every answer the question offers (a count of 0 included).
     */
    @Transactional(readOnly = true)
    public List<AnswerSplit> answerSplit() {
        Questionnaire questionnaire = questionnaires.current();
        Map<String, Map<Answer, Long>> counts = new TreeMap<>();
        for (AnswersCount combination : verdicts.countByAnswers(questionnaire.model().version())) {
            Scorer.decode(combination.answersKey()).forEach((question, answer) -> counts
                    .computeIfAbsent(question, q -> new EnumMap<>(Answer.class))
                    .merge(answer, combination.verdicts(), Long::sum));
        }
        return questionnaire.questions().stream().map(question -> {
            Map<Answer, Long> given = counts.getOrDefault(question.key(), Map.of());
            List<AnswerSplit.Share> shares = question.options().stream()
                    .map(o -> new AnswerSplit.Share(o.answer().value(), o.label(), given.getOrDefault(o.answer(), 0L)))
                    .toList();
            return new AnswerSplit(question.key(), question.number(), question.prompt(), shares);
        }).toList();
    }

    private Verdict store(Questionnaire questionnaire, String quizId, Map<String, Answer> answers,
                          ScoringResult result) {
        Verdict verdict = new Verdict(RandomIds.next(), quizId, Scorer.encode(questionnaire.model(), answers), result,
                LocalDateTime.now(clock));
        return verdicts.save(verdict);
    }

    private Verdict load(String id) {
        if (!RandomIds.isWellFormed(id)) {
            throw new DecisionNotFoundException("verdict " + id);
        }
        return verdicts.findById(id).orElseThrow(() -> new DecisionNotFoundException("verdict " + id));
    }

    /** Reasons come from the verdict's own model version, so old links explain what was decided then. */
    private Rescored rescore(Verdict verdict) {
        Questionnaire questionnaire = questionnaires.version(verdict.getModelVersion());
        return new Rescored(questionnaire, Scorer.score(questionnaire.model(), Scorer.decode(verdict.getAnswersKey())));
    }

    private static String summary(ScoringResult result) {
        if (result.recommendation() != Recommendation.EITHER) {
            String side = result.recommendation().label();
            return "Your answers point to " + side + ", with " + result.confidence().words() + ": "
                    + side + " scores " + Math.max(result.djangoScore(), result.flaskScore()) + " against "
                    + Math.min(result.djangoScore(), result.flaskScore()) + ".";
        }
        if (result.margin() == 0) {
            return "Your answers do not tip the scale either way, so both frameworks will serve this project well.";
        }
        String side = result.margin() > 0 ? "Django" : "Flask";
        return "Your answers lean a little toward " + side + ", too little to call: both frameworks will serve "
                + "this project well.";
    }

    private static VerdictPage.Chart chart(ScoringModel model, ScoringResult result) {
        int barArea = 220;
        int scale = Math.max(1, Math.max(model.maxScore(Lean.DJANGO), model.maxScore(Lean.FLASK)));
        return new VerdictPage.Chart(result.djangoScore() * barArea / scale, result.flaskScore() * barArea / scale,
                barArea, "Scores: Django " + result.djangoScore() + ", Flask " + result.flaskScore());
    }

    private record Rescored(Questionnaire questionnaire, ScoringResult result) {
    }
}
