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

/** Walks a reader through the questions one at a time, keeping the answers in the database. */
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

    /** The questions of the current model, for the introduction page. */
    @Transactional(readOnly = true)
    public List<String> introduction() {
        return questionnaires.current().questions().stream().map(Questionnaire.QuestionText::prompt).toList();
    }

    /** Starts a questionnaire with the current scoring model and returns where its first question lives. */
    @Transactional
    public StepOutcome.NextQuestion start() {
        Questionnaire questionnaire = questionnaires.current();
        DecisionQuiz quiz = quizzes.save(new DecisionQuiz(RandomIds.next(), questionnaire.model().version(),
                LocalDateTime.now(clock)));
        return new StepOutcome.NextQuestion(quiz.getId(), questionnaire.first().key());
    }

    @Transactional(readOnly = true)
    public QuestionPage question(String quizId, String key) {
        DecisionQuiz quiz = load(quizId);
        Questionnaire questionnaire = questionnaires.version(quiz.getModelVersion());
        Questionnaire.QuestionText question = questionOf(questionnaire, key);
        Answer stored = Scorer.decode(quiz.getAnswers()).get(key);
        return page(quizId, questionnaire, question, stored, null, null);
    }

    /**
     * Stores one answer. A missing or contradictory answer is not stored: the question is asked again
     * with a message, and every earlier answer stays as it was. {@code beforeNewVerdict} runs when the
     * answer finishes the quiz with a combination it has no verdict for yet; if it throws (a client
     * over its allowance), nothing of this step is stored.
     */
    @Transactional
    public StepOutcome answer(String quizId, String key, String rawAnswer, Runnable beforeNewVerdict) {
        DecisionQuiz quiz = load(quizId);
        Questionnaire questionnaire = questionnaires.version(quiz.getModelVersion());
        Questionnaire.QuestionText question = questionOf(questionnaire, key);
        Map<String, Answer> answers = Scorer.decode(quiz.getAnswers());

        Optional<Answer> answer = Answer.parse(rawAnswer);
        if (answer.isEmpty()) {
            return new StepOutcome.AskAgain(page(quizId, questionnaire, question, answers.get(key), MISSING_ANSWER, null));
        }
        String excludes = question.excludesKey();
        if (answer.get() == Answer.YES && excludes != null && answers.get(excludes) == Answer.YES) {
            return new StepOutcome.AskAgain(page(quizId, questionnaire, question, answer.get(),
                    question.conflictMessage(), excludes));
        }

        answers.put(key, answer.get());
        LocalDateTime now = LocalDateTime.now(clock);
        quiz.recordAnswers(Scorer.encode(questionnaire.model(), answers), now);

        if (question.number() < questionnaire.size()) {
            return new StepOutcome.NextQuestion(quizId, questionnaire.questions().get(question.number()).key());
        }
        Optional<Questionnaire.QuestionText> unanswered = questionnaire.questions().stream()
                .filter(q -> !answers.containsKey(q.key())).findFirst();
        if (unanswered.isPresent()) {
            return new StepOutcome.NextQuestion(quizId, unanswered.get().key());
        }
        String verdictId = verdicts.recordFor(questionnaire, answers, quizId, beforeNewVerdict);
        quiz.finish(verdictId, now);
        return new StepOutcome.Finished(verdictId);
    }

    /** Verdict counts and questionnaire completion, for the admin dashboard. */
    @Transactional(readOnly = true)
    public DecisionStatistics statistics() {
        VerdictStats stats = verdicts.stats();
        return new DecisionStatistics(stats.total(), stats.django(), stats.flask(), stats.either(), quizzes.count(),
                quizzes.countByFinishedAtIsNotNull());
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
                                     Answer selected, String error, String conflictKey) {
        List<QuestionPage.Option> options = question.options().stream()
                .map(o -> new QuestionPage.Option(o.answer().value(), o.label(), o.answer() == selected))
                .toList();
        String previousKey = question.number() > 1 ? questionnaire.questions().get(question.number() - 2).key() : null;
        String conflictPrompt = conflictKey == null ? null
                : questionnaire.question(conflictKey).map(Questionnaire.QuestionText::prompt).orElse(null);
        return new QuestionPage(quizId, question.key(), question.number(), questionnaire.size(), question.prompt(),
                question.helpText(), options, previousKey, error, conflictKey, conflictPrompt);
    }
}
