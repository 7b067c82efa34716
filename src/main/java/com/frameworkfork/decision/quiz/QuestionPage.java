package com.frameworkfork.decision.quiz;

import java.util.List;

/**
 * One step of the questionnaire as the page shows it.
 *
 * @param previousKey   the question before this one, or null on the first
 * @param error         why the answer was not accepted, or null
 * @param conflictKey   the earlier question that contradicts the chosen answer, or null
 */
record QuestionPage(String quizId, String key, int number, int total, String prompt, String helpText,
                           List<Option> options, String previousKey, String error, String conflictKey,
                           String conflictPrompt) {

    public boolean last() {
        return number == total;
    }

    public record Option(String value, String label, boolean selected) {
    }
}
