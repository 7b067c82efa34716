package com.frameworkfork.admin;

import java.util.List;

/**
 * How the verdicts answered one question, laid out as one bar of {@code width} units split into parts.
 *
 * @param number the question's position, as readers see it
 */
record AnswerSplitChart(String questionKey, int number, String prompt, long total, List<Part> parts, int width) {

    AnswerSplitChart {
        parts = List.copyOf(parts);
    }

    /** @param percent the share rounded to a whole percent, for the text; {@code width} is not rounded to it */
    record Part(String answer, String label, long count, int percent, double x, double width) {
    }
}
