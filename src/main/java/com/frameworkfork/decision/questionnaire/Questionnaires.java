package com.frameworkfork.decision.questionnaire;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.frameworkfork.decision.scoring.Answer;
import com.frameworkfork.decision.scoring.AnswerWeight;
import com.frameworkfork.decision.scoring.QuestionWeights;
import com.frameworkfork.decision.scoring.ScoringModel;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads scoring-model versions from the database. A version's rows never change once seeded, so each
 * is read once and kept; a new version arrives only with a new migration, that is with a restart.
 */
@Component
public class Questionnaires {

    private final ScoringModelVersionRepository versions;
    private final DecisionQuestionRepository questions;
    private final Map<Integer, Questionnaire> loaded = new ConcurrentHashMap<>();
    private volatile Integer latest;

    Questionnaires(ScoringModelVersionRepository versions, DecisionQuestionRepository questions) {
        this.versions = versions;
        this.questions = questions;
    }

    @Transactional(readOnly = true)
    public Questionnaire current() {
        if (latest == null) {
            latest = versions.findLatestVersion()
                    .orElseThrow(() -> new IllegalStateException("No scoring model has been seeded"));
        }
        return version(latest);
    }

    @Transactional(readOnly = true)
    public Questionnaire version(int version) {
        return loaded.computeIfAbsent(version, this::load);
    }

    private Questionnaire load(int version) {
        ScoringModelVersion thresholds = versions.findById(version)
                .orElseThrow(() -> new IllegalStateException("Scoring model version " + version + " does not exist"));
        List<QuestionWeights> weights = new ArrayList<>();
        List<Questionnaire.QuestionText> texts = new ArrayList<>();
        int number = 0;
        for (DecisionQuestion question : questions.findWithOptionsByModelVersion(version)) {
            Map<Answer, AnswerWeight> byAnswer = new EnumMap<>(Answer.class);
            List<Questionnaire.OptionText> options = new ArrayList<>();
            for (DecisionAnswerOption option : question.getOptions()) {
                Answer answer = Answer.parse(option.getAnswerValue()).orElseThrow(() -> new IllegalStateException(
                        "Unknown answer '" + option.getAnswerValue() + "' for " + question.getQuestionKey()));
                byAnswer.put(answer, new AnswerWeight(option.getFavours(), option.getWeight(),
                        option.getExplanation(), option.isSuggestsFastapi()));
                options.add(new Questionnaire.OptionText(answer, option.getLabel()));
            }
            weights.add(new QuestionWeights(question.getQuestionKey(), question.getExcludesKey(), byAnswer));
            texts.add(new Questionnaire.QuestionText(question.getQuestionKey(), ++number, question.getPrompt(),
                    question.getHelpText(), question.getCompareAnchor(), question.getArticleSlug(),
                    question.getArticleTitle(), question.getExcludesKey(), question.getConflictMessage(),
                    List.copyOf(options)));
        }
        ScoringModel model = new ScoringModel(version, weights, thresholds.getEitherBelow(),
                thresholds.getClearFrom(), thresholds.getStrongFrom());
        return new Questionnaire(model, texts);
    }
}
