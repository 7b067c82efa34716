package com.frameworkfork.decision.quiz;

import java.util.List;

/**
 * One step of the questionnaire as the page shows it.
 *
 * @param number        the question's place among those this reader is asked
 * @param total         how many questions this reader is asked with the answers so far
 * @param finishes      answering this question shows the verdict
 * @param tieBreak      a question asked only because the other answers leave a close call
 * @param previousKey   the question before this one, or null on the first
 * @param error         why the answer was not accepted, or null
 * @param conflictKey   the earlier question that contradicts the chosen answer, or null
 */
record QuestionPage(String quizId, int modelVersion, String key, int number, int total, boolean finishes,
                    boolean tieBreak, String prompt, String helpText, List<Option> options, String previousKey,
                    String error, String conflictKey, String conflictPrompt) {

    public record Option(String value, String label, boolean selected) {
    }
}
