package com.frameworkfork.decision.verdict;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.frameworkfork.article.ArticleLink;
import com.frameworkfork.comparison.SectionLink;
import com.frameworkfork.decision.DecisionNotFoundException;
import com.frameworkfork.decision.RandomIds;
import com.frameworkfork.decision.questionnaire.ContentLinks;
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
import com.frameworkfork.web.share.ShareCard;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Stores verdicts and shows them: the page, the JSON form, the decision record and the counts. */
@Service
public class VerdictService {

    /** The site's colours for each framework in light mode, which the preview image's light background uses. */
    private static final String DJANGO_COLOUR = "#0c4b33";
    private static final String FLASK_COLOUR = "#3b4a8c";

    /** Below this many, a split of earlier verdicts with the same answers says more about chance than people. */
    static final int SAME_ANSWERS_MINIMUM = 10;

    static final String SHARE_IMAGE_PATH = "/verdict/{id}/share.png";

    /**
     * About every way of answering one model allows (903 for the shipped one); each holds about 12 KB
     * with its HTML, so this bounds them to about 12 MB. The least used go first.
     */
    private static final int EXPLANATIONS_KEPT = 1000;

    /**
     * The answers of the example the home page shows: an API built by one developer, which the model
     * scores with its reasons and what would change it, like any reader's verdict.
     */
    static final String EXAMPLE_ANSWERS = "api=yes,admin=no,solo=yes,growth=no,learning=unsure";

    private final VerdictRepository verdicts;
    private final Questionnaires questionnaires;
    private final ContentLinks links;
    private final SiteProperties site;
    private final VerdictProperties properties;
    private final Clock clock;
    /**
     * The split of all verdicts, which every verdict page shows, is a count over the whole table. It is
     * read again once {@code site.verdict.counts-reread-after} has passed on the site's clock since it was
     * read, however often it is added to meanwhile; a verdict stored here is added to it at once, one
     * stored on another instance is counted when it is read again.
     */
    private final LoadingCache<Boolean, VerdictStats> allVerdicts;
    /**
     * The split among verdicts given for the same answers, by answers, kept as the split of all verdicts
     * is: readers who answer alike are many where it matters, and each verdict page counted them all.
     * A page takes its own verdict out of it. Bounded like the explanations, one per way of answering.
     */
    private final LoadingCache<String, VerdictStats> byAnswers;
    /**
     * Explanations by the link targets they were made with, which {@link ContentLinks} replaces with each
     * content version: once it has, nothing refers to the old ones and they go.
     */
    private final Cache<ContentLinks.Targets, Cache<Scored, VerdictExplanation>> explanations =
            Caffeine.newBuilder().weakKeys().build();

    /** A model's verdict for a set of answers, and how many of the articles it may link to are public by now. */
    private record Scored(int modelVersion, ScoringResult result, long publicArticles) {
    }

    VerdictService(VerdictRepository verdicts, Questionnaires questionnaires, ContentLinks links, SiteProperties site,
                   VerdictProperties properties, Clock clock) {
        this.verdicts = verdicts;
        this.questionnaires = questionnaires;
        this.links = links;
        this.site = site;
        this.properties = properties;
        this.clock = clock;
        this.allVerdicts = Caffeine.newBuilder()
                .expireAfter(Expiry.creating((Boolean all, VerdictStats stats) -> properties.countsRereadAfter()))
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build(all -> VerdictStats.of(verdicts.countByRecommendation()));
        this.byAnswers = Caffeine.newBuilder()
                .maximumSize(EXPLANATIONS_KEPT)
                .expireAfter(Expiry.creating((String answersKey, VerdictStats stats) -> properties.countsRereadAfter()))
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build(answersKey -> VerdictStats.of(verdicts.countByAnswers(answersKey)));
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
        Map<String, Answer> answers = rawAnswers.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Answer.parse(e.getValue()).orElseThrow()));
        ScoringResult result = Scorer.score(questionnaire.model(), answers);
        return scored(store(questionnaire, null, result).getId(), questionnaire, result);
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
        ScoringResult result = Scorer.score(questionnaire.model(), answers);
        String answersKey = Scorer.encode(questionnaire.model(), result.countedAnswers());
        Optional<Verdict> earlier = verdicts.findFirstByQuizIdAndAnswersKey(quizId, answersKey);
        if (earlier.isPresent()) {
            return earlier.get().getId();
        }
        beforeNewVerdict.run();
        return store(questionnaire, quizId, result).getId();
    }

    /**
     * Called in the transaction in which a quiz comes to count {@code counted} instead of {@code replaced}
     * (null the first time it finishes): the split of all verdicts counts a quiz's current verdict only.
     */
    public void quizCounts(String replaced, String counted) {
        if (counted.equals(replaced)) {
            return;
        }
        countAfterCommit(load(counted), replaced == null ? null : verdicts.findById(replaced).orElse(null));
    }

    /** Adjusts the kept splits once the change is committed, instead of counting the table again. */
    private void countAfterCommit(Verdict added, Verdict removed) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                Recommendation removedRecommendation = removed == null ? null : removed.getRecommendation();
                allVerdicts.asMap().computeIfPresent(Boolean.TRUE,
                        (all, stats) -> stats.changed(added.getRecommendation(), removedRecommendation));
                byAnswers.asMap().computeIfPresent(added.getAnswersKey(),
                        (answers, stats) -> stats.changed(added.getRecommendation(), null));
                if (removed != null) {
                    byAnswers.asMap().computeIfPresent(removed.getAnswersKey(),
                            (answers, stats) -> stats.changed(null, removedRecommendation));
                }
            }
        });
    }

    @Transactional(readOnly = true)
    public ScoredVerdict find(String id) {
        Rescored rescored = rescore(load(id));
        return scored(id, rescored.questionnaire(), rescored.result());
    }

    /** @param editor whether the page is for a signed-in editor, who gets a link to edit each reason */
    @Transactional(readOnly = true)
    public VerdictPage page(String id, boolean editor) {
        Verdict verdict = load(id);
        Rescored rescored = rescore(verdict);
        VerdictStats all = stats();
        VerdictStats same = othersWithTheSameAnswers(verdict);
        return view(id, rescored.questionnaire(), rescored.result(),
                all.total() >= properties.publicStatisticsFrom() ? all : null,
                same.total() >= SAME_ANSWERS_MINIMUM ? same : null,
                verdict.getCreatedAt().toLocalDate(), editor, null);
    }

    /**
     * The split of verdicts with these answers, without the reader's own. A quiz has one verdict for
     * each set of answers it was finished with, so the only one of its verdicts that can be among these
     * is this one, and it is counted only while the quiz was last finished with it.
     */
    private VerdictStats othersWithTheSameAnswers(Verdict verdict) {
        VerdictStats alike = byAnswers.get(verdict.getAnswersKey());
        boolean counted = verdict.getQuizId() == null
                || verdicts.countQuizFinishedWith(verdict.getQuizId(), verdict.getId()) > 0;
        return counted ? alike.changed(null, verdict.getRecommendation()) : alike;
    }

    /**
     * What the verdict would be with one answer changed, shown and not stored: the reader tries a
     * change without making a verdict of it. Unknown questions, answers the rules do not allow there
     * (a skipped question, a contradiction) are not found.
     */
    @Transactional(readOnly = true)
    public VerdictPage preview(String id, String question, String rawAnswer) {
        Verdict verdict = load(id);
        Rescored rescored = rescore(verdict);
        Questionnaire questionnaire = rescored.questionnaire();
        Questionnaire.QuestionText asked = questionnaire.question(question)
                .orElseThrow(() -> new DecisionNotFoundException("question " + question));
        Answer answer = Answer.parse(rawAnswer).orElseThrow(() -> new DecisionNotFoundException("answer " + rawAnswer));
        Map<String, Answer> changed = changedAnswers(questionnaire.model(), rescored.result().countedAnswers(),
                question, answer).orElseThrow(() -> new DecisionNotFoundException("change " + question + "=" + rawAnswer));
        VerdictPage.PreviewOf previewOf = new VerdictPage.PreviewOf(id, question, answer.value(), asked.prompt(),
                asked.labelOf(answer));
        return view(id, questionnaire, Scorer.score(questionnaire.model(), changed), null, null,
                verdict.getCreatedAt().toLocalDate(), false, previewOf);
    }

    /**
     * The published model's verdict for {@link #EXAMPLE_ANSWERS}, for showing what a verdict looks
     * like; empty when an editor's model no longer accepts those answers.
     */
    public Optional<VerdictPage> example() {
        Questionnaire questionnaire = questionnaires.current();
        Map<String, Answer> answers = Scorer.applying(questionnaire.model(), Scorer.decode(EXAMPLE_ANSWERS));
        if (!Scorer.validate(questionnaire.model(), answers).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(view(null, questionnaire, Scorer.score(questionnaire.model(), answers), null, null,
                LocalDateTime.now(clock).toLocalDate(), false, null));
    }

    /**
     * The answers a verdict counted, to start a new questionnaire from; with {@code question} set,
     * that one answer changed as {@link #preview} changes it.
     */
    @Transactional(readOnly = true)
    public Map<String, Answer> answersOf(String id, String question, String rawAnswer) {
        Rescored rescored = rescore(load(id));
        Map<String, Answer> counted = rescored.result().countedAnswers();
        if (question == null) {
            return counted;
        }
        Answer answer = Answer.parse(rawAnswer).orElseThrow(() -> new DecisionNotFoundException("answer " + rawAnswer));
        return changedAnswers(rescored.questionnaire().model(), counted, question, answer)
                .orElseThrow(() -> new DecisionNotFoundException("change " + question + "=" + rawAnswer));
    }

    /** What a verdict's preview image shows: the recommendation, its lean (in the summary) and the split of the scores. */
    @Transactional(readOnly = true)
    public ShareCard shareCard(String id) {
        ScoringResult result = rescore(load(id)).result();
        return new ShareCard("Verdict", headline(result), summary(result), List.of(
                new ShareCard.Part("Django " + result.djangoScore(), result.djangoScore(), DJANGO_COLOUR),
                new ShareCard.Part("Flask " + result.flaskScore(), result.flaskScore(), FLASK_COLOUR)));
    }

    private VerdictPage view(String id, Questionnaire questionnaire, ScoringResult result, VerdictStats others,
                             VerdictStats same, LocalDate decidedOn, boolean editor, VerdictPage.PreviewOf previewOf) {
        VerdictExplanation explanation = explanation(questionnaire, result);
        String headline = headline(result);
        String lean = result.strength().lean();
        String title = result.recommendation() == Recommendation.EITHER
                ? "Our verdict: either framework will do"
                : "Our verdict: " + headline + ", with " + lean;
        long answered = explanation.reasons().stream().filter(r -> r.status() == Reason.Status.ANSWERED).count();
        String description = answered + " answers about a project, weighed in the open: Django scores "
                + result.djangoScore() + ", Flask " + result.flaskScore()
                + ". See each reason and what would change the verdict.";
        return new VerdictPage(id, id == null ? null : site.baseUrl() + "/verdict/" + id,
                id == null ? null : SHARE_IMAGE_PATH.replace("{id}", id), result.recommendation(), headline, lean,
                summary(result), title, description, result.djangoScore(), result.flaskScore(),
                chart(questionnaire.model(), result), explanation, others, same, questionnaire.version(), decidedOn,
                editor, previewOf, properties.publicStatisticsFrom());
    }

    /** Made once for each way of scoring under each model and version of the content; see {@link VerdictExplanation}. */
    private VerdictExplanation explanation(Questionnaire questionnaire, ScoringResult result) {
        ContentLinks.Targets targets = links.targets();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        long publicArticles = targets.articles().stream().filter(a -> a.isPublicAt(now)).count();
        return explanations.get(targets, t -> Caffeine.newBuilder().maximumSize(EXPLANATIONS_KEPT).build())
                .get(new Scored(questionnaire.version(), result, publicArticles),
                        scored -> explain(questionnaire, result, targets, now));
    }

    private VerdictExplanation explain(Questionnaire questionnaire, ScoringResult result, ContentLinks.Targets targets,
                                       LocalDateTime now) {
        List<VerdictPage.ReasonView> reasons = new ArrayList<>();
        List<VerdictPage.NotAskedView> notAsked = new ArrayList<>();
        int number = 0;
        for (Reason reason : result.reasons()) {
            Questionnaire.QuestionText question = questionnaire.question(reason.question()).orElseThrow();
            String editUrl = "/admin/questionnaire/" + questionnaire.version() + "/questions/" + question.key();
            if (reason.status() == Reason.Status.NOT_NEEDED) {
                notAsked.add(new VerdictPage.NotAskedView(question.key(), question.prompt(), editUrl));
                continue;
            }
            List<VerdictPage.FlipView> flips = result.flipsFor(reason.question()).stream()
                    .map(f -> new VerdictPage.FlipView(f.to().value(), question.labelOf(f.to()), f.becomes(),
                            f.tieBreakDecides()))
                    .toList();
            Optional<SectionLink> section = targets.section(question.sectionId());
            Optional<ArticleLink> article = targets.article(question.articleId()).filter(a -> a.isPublicAt(now));
            reasons.add(new VerdictPage.ReasonView(question.key(), ++number, question.prompt(), reason.status(),
                    question.tieBreak(), reason.answer() == null ? null : question.labelOf(reason.answer()),
                    reason.favours(), reason.weight(), reason.strength().word(), reason.explanation(),
                    reason.status() == Reason.Status.SKIPPED ? skippedBecause(questionnaire, question) : null,
                    section.map(SectionLink::path).orElse(null), section.map(SectionLink::title).orElse(null),
                    article.map(ArticleLink::path).orElse(null), article.map(ArticleLink::title).orElse(null),
                    editUrl, flips));
        }
        return new VerdictExplanation(List.copyOf(reasons), List.copyOf(notAsked), thirdOptions(questionnaire, result),
                nextSteps(questionnaire, result));
    }

    /** The verdict as a Markdown architecture decision record a team can commit to its repository. */
    @Transactional(readOnly = true)
    public String decisionRecord(String id) {
        return DecisionRecord.write(page(id, false), site.baseUrl());
    }

    @Transactional(readOnly = true)
    public VerdictStats stats() {
        return allVerdicts.get(Boolean.TRUE);
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

    /** The answers with one changed and the rules applied, or empty when the rules do not allow that change. */
    private static Optional<Map<String, Answer>> changedAnswers(ScoringModel model, Map<String, Answer> counted,
                                                                String question, Answer answer) {
        Map<String, Answer> proposed = new LinkedHashMap<>(counted);
        proposed.put(question, answer);
        Map<String, Answer> changed = Scorer.applying(model, proposed);
        return changed.get(question) == answer && Scorer.validate(model, changed).isEmpty()
                ? Optional.of(changed) : Optional.empty();
    }

    private static String headline(ScoringResult result) {
        return switch (result.recommendation()) {
            case DJANGO -> "Django";
            case FLASK -> "Flask";
            case EITHER -> "Either will do";
        };
    }

    private Verdict store(Questionnaire questionnaire, String quizId, ScoringResult result) {
        Verdict verdict = new Verdict(RandomIds.next(), quizId,
                Scorer.encode(questionnaire.model(), result.countedAnswers()), result, LocalDateTime.now(clock));
        if (quizId == null) {
            countAfterCommit(verdict, null);
        }
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

    private static ScoredVerdict scored(String id, Questionnaire questionnaire, ScoringResult result) {
        return new ScoredVerdict(id, result, questionnaire.thirdOptionsFor(result), questionnaire.nextStepsFor(result));
    }

    /** "you answered “Yes” to “Are you the only developer?”", from the question's skip condition. */
    private static String skippedBecause(Questionnaire questionnaire, Questionnaire.QuestionText question) {
        List<String> parts = new ArrayList<>();
        question.skipWhen().accepted().forEach((key, values) -> questionnaire.question(key).ifPresent(earlier ->
                parts.add("you answered " + values.stream()
                        .map(v -> "“" + earlier.labelOf(Answer.parse(v).orElseThrow()) + "”")
                        .collect(Collectors.joining(" or ")) + " to “" + earlier.prompt() + "”")));
        return String.join(" and ", parts);
    }

    private static List<VerdictPage.ThirdOptionView> thirdOptions(Questionnaire questionnaire, ScoringResult result) {
        return questionnaire.thirdOptionsFor(result).stream()
                .map(o -> new VerdictPage.ThirdOptionView(o.framework(), o.heading(), o.text(), o.sources()))
                .toList();
    }

    private static VerdictPage.NextStepsView nextSteps(Questionnaire questionnaire, ScoringResult result) {
        Questionnaire.Advice advice = questionnaire.nextStepsFor(result);
        return new VerdictPage.NextStepsView(
                advice.tutorials().stream().map(t -> new VerdictPage.TutorialView(t.framework().label(), t.url())).toList(),
                advice.packages().stream().map(p -> new VerdictPage.PackageView(p.name(), p.url(), p.why())).toList());
    }

    private static String summary(ScoringResult result) {
        if (result.recommendation() != Recommendation.EITHER) {
            String side = result.recommendation().label();
            return "Your answers point to " + side + ", with " + result.strength().lean() + ": "
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
