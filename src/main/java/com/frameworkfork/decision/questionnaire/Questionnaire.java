package com.frameworkfork.decision.questionnaire;

import java.util.List;
import java.util.Optional;

import com.frameworkfork.decision.scoring.Answer;
import com.frameworkfork.decision.scoring.ScoringModel;

/** One scoring-model version with everything a reader sees of it: the weights plus the question texts. */
public record Questionnaire(ScoringModel model, List<QuestionText> questions) {

    public Questionnaire {
        questions = List.copyOf(questions);
    }

    public Optional<QuestionText> question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst();
    }

    public QuestionText first() {
        return questions.get(0);
    }

    public int size() {
        return questions.size();
    }

    /**
     * @param number        1-based position, as shown to the reader
     * @param conflictMessage what to tell a reader who answers yes here and yes to the excluded question
     */
    public record QuestionText(String key, int number, String prompt, String helpText, String compareAnchor,
                               String articleSlug, String articleTitle, String excludesKey,
                               String conflictMessage, List<OptionText> options) {

        public String labelOf(Answer answer) {
            return options.stream().filter(o -> o.answer() == answer).map(OptionText::label).findFirst()
                    .orElse(answer.value());
        }
    }

    public record OptionText(Answer answer, String label) {
    }
}
