package com.frameworkfork.decision.quiz;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.frameworkfork.decision.DecisionNotFoundException;
import com.frameworkfork.decision.RandomIds;
import com.frameworkfork.decision.questionnaire.Questionnaire;
import com.frameworkfork.decision.questionnaire.Questionnaires;
import com.frameworkfork.decision.scoring.Answer;
import com.frameworkfork.decision.scoring.Scorer;
import com.frameworkfork.decision.verdict.VerdictService;
import com.frameworkfork.decision.verdict.VerdictStats;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks a reader through the questions one at a time, keeping the answers in the database. Which
 * questions are asked follows the model's rules ({@link Scorer#asked}): a question made moot by an
 * earlier answer is skipped, and a tie-break is asked only after a close call.
 */
@Service
public class QuizService {

    static final String MISSING_ANSWER = "Please choose one of the answers before going on.";

    private final DecisionQuizRepository quizzes;
    private final Questionnaires questionnaires;
    private final VerdictService verdicts;
    private final Clock clock;

    QuizService(DecisionQuizRepository quizzes, Questionnaires questionnaires, VerdictService verdicts, Clock clock) {
        this.quizzes = quizzes;
        this.questionnaires = questionnaires;
        this.verdicts = verdicts;
        this.clock = clock;
    }

    /** The questions of the current model, for the introduction page; read from what is kept, with no transaction. */
    public QuizIntroduction introduction() {
        Questionnaire questionnaire = questionnaires.current();
        return new QuizIntroduction(questionnaire.coreQuestions().stream().map(Questionnaire.QuestionText::prompt).toList(),
                questionnaire.model().hasTieBreak());
    }

    /**
     * Starts a questionnaire with the current scoring model and returns where its first question lives.
     * With {@code fromVerdict}, its questions start with that verdict's answers chosen (with
     * {@code question} set, that one answer changed), so a reader changes only what they want to;
     * answers the current model has no question for, or no longer asks, are left out.
     */
    @Transactional
    public StepOutcome.NextQuestion start(String fromVerdict, String question, String answer) {
        Questionnaire questionnaire = questionnaires.current();
        LocalDateTime now = LocalDateTime.now(clock);
        DecisionQuiz quiz = new DecisionQuiz(RandomIds.next(), questionnaire.version(), now);
        Map<String, Answer> answers = fromVerdict == null ? Map.of()
                : Scorer.applying(questionnaire.model(), verdicts.answersOf(fromVerdict, question, answer));
        if (!answers.isEmpty()) {
            quiz.recordAnswers(Scorer.encode(questionnaire.model(), answers), now);
        }
        quizzes.save(quiz);
        return new StepOutcome.NextQuestion(quiz.getId(), Scorer.asked(questionnaire.model(), answers).get(0));
    }

    /**
     * The question's page, or the question to go to instead when earlier answers mean it is not asked.
     * After a refused answer ({@code refused} not null) the page says why, as long as the reason still holds.
     */
    @Transactional(readOnly = true)
    public StepOutcome question(String quizId, String key, StepOutcome.Refusal refused) {
        DecisionQuiz quiz = load(quizId);
        Questionnaire questionnaire = questionnaires.version(quiz.getModelVersion());
        Questionnaire.QuestionText question = questionOf(questionnaire, key);
        Map<String, Answer> answers = Scorer.decode(quiz.getAnswers());
        List<String> asked = Scorer.asked(questionnaire.model(), answers);
        if (!asked.contains(key)) {
            return new StepOutcome.NextQuestion(quizId, resumeAt(asked, answers));
        }
        String excludes = question.excludesKey();
        if (refused == StepOutcome.Refusal.CONFLICT && excludes != null && answers.get(excludes) == Answer.YES) {
            return new StepOutcome.Show(page(quizId, questionnaire, question, asked, Answer.YES,
                    question.conflictMessage(), excludes));
        }
        String error = refused == StepOutcome.Refusal.MISSING ? MISSING_ANSWER : null;
        return new StepOutcome.Show(page(quizId, questionnaire, question, asked, answers.get(key), error, null));
    }

    /**
     * Stores one answer. A missing or contradictory answer is not stored: the reader is sent back to
     * the question, which says why, and every earlier answer stays as it was. Answers the new one makes moot (a
     * skipped question, a tie-break no longer needed) are dropped, so they are asked again if they
     * apply again. {@code beforeNewVerdict} runs when the answer finishes the quiz with a combination it
     * has no verdict for yet; if it throws (a client over its allowance), nothing of this step is stored.
     */
    @Transactional
    public StepOutcome answer(String quizId, String key, String rawAnswer, Runnable beforeNewVerdict) {
        DecisionQuiz quiz = load(quizId);
        Questionnaire questionnaire = questionnaires.version(quiz.getModelVersion());
        Questionnaire.QuestionText question = questionOf(questionnaire, key);
        Map<String, Answer> answers = Scorer.decode(quiz.getAnswers());
        List<String> asked = Scorer.asked(questionnaire.model(), answers);
        if (!asked.contains(key)) {
            return new StepOutcome.NextQuestion(quizId, resumeAt(asked, answers));
        }

        Optional<Answer> answer = Answer.parse(rawAnswer);
        if (answer.isEmpty()) {
            return new StepOutcome.AskAgain(quizId, key, StepOutcome.Refusal.MISSING);
        }
        String excludes = question.excludesKey();
        if (answer.get() == Answer.YES && excludes != null && answers.get(excludes) == Answer.YES) {
            return new StepOutcome.AskAgain(quizId, key, StepOutcome.Refusal.CONFLICT);
        }

        answers.put(key, answer.get());
        Map<String, Answer> applying = Scorer.applying(questionnaire.model(), answers);
        LocalDateTime now = LocalDateTime.now(clock);
        quiz.recordAnswers(Scorer.encode(questionnaire.model(), applying), now);

        List<String> nowAsked = Scorer.asked(questionnaire.model(), applying);
        int at = nowAsked.indexOf(key);
        if (at + 1 < nowAsked.size()) {
            return new StepOutcome.NextQuestion(quizId, nowAsked.get(at + 1));
        }
        Optional<String> unanswered = nowAsked.stream().filter(k -> !applying.containsKey(k)).findFirst();
        if (unanswered.isPresent()) {
            return new StepOutcome.NextQuestion(quizId, unanswered.get());
        }
        String replaced = quiz.getVerdictId();
        String verdictId = verdicts.recordFor(questionnaire, applying, quizId, beforeNewVerdict);
        quiz.finish(verdictId, now);
        verdicts.quizCounts(replaced, verdictId);
        return new StepOutcome.Finished(verdictId);
    }

    /** Verdict counts and questionnaire completion, for the admin dashboard. */
    @Transactional(readOnly = true)
    public DecisionStatistics statistics() {
        VerdictStats stats = verdicts.stats();
        return new DecisionStatistics(stats.total(), stats.django(), stats.flask(), stats.either(), quizzes.count(),
                quizzes.countByFinishedAtIsNotNull());
    }

    /** The first question still without an answer, or the last one asked when all have one. */
    private static String resumeAt(List<String> asked, Map<String, Answer> answers) {
        return asked.stream().filter(k -> !answers.containsKey(k)).findFirst().orElse(asked.get(asked.size() - 1));
    }

    private DecisionQuiz load(String quizId) {
        if (!RandomIds.isWellFormed(quizId)) {
            throw new DecisionNotFoundException("quiz " + quizId);
        }
        return quizzes.findById(quizId).orElseThrow(() -> new DecisionNotFoundException("quiz " + quizId));
    }

    private static Questionnaire.QuestionText questionOf(Questionnaire questionnaire, String key) {
        return questionnaire.question(key).orElseThrow(() -> new DecisionNotFoundException("question " + key));
    }

    private static QuestionPage page(String quizId, Questionnaire questionnaire, Questionnaire.QuestionText question,
                                     List<String> asked, Answer selected, String error, String conflictKey) {
        List<QuestionPage.Option> options = question.options().stream()
                .map(o -> new QuestionPage.Option(o.answer().value(), o.label(), o.answer() == selected))
                .toList();
        int index = asked.indexOf(question.key());
        String previousKey = index > 0 ? asked.get(index - 1) : null;
        boolean last = index == asked.size() - 1;
        boolean finishes = last && (question.tieBreak() || !questionnaire.model().hasTieBreak());
        String conflictPrompt = conflictKey == null ? null
                : questionnaire.question(conflictKey).map(Questionnaire.QuestionText::prompt).orElse(null);
        return new QuestionPage(quizId, questionnaire.version(), question.key(), index + 1, asked.size(), finishes,
                question.tieBreak(), question.prompt(), question.helpText(), options, previousKey, error, conflictKey,
                conflictPrompt);
    }
}
