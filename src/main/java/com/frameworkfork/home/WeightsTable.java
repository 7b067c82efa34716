package com.frameworkfork.home;

import java.util.List;

/** The published scoring model's weights, one group of answers per question, as the about page shows them. */
record WeightsTable(int modelVersion, List<Question> questions) {

    record Question(String prompt, List<AnswerRow> answers) {
    }

    /**
     * @param strength the words a verdict would use for a margin of this weight alone
     */
    record AnswerRow(String answer, String favours, int weight, String strength) {
    }
}
