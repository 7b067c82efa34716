package com.frameworkfork.decision.quiz;

/**
 * Figures for the admin dashboard.
 *
 * @param quizzesStarted  every questionnaire begun with the start button
 * @param quizzesFinished those that reached a verdict at least once
 */
public record DecisionStatistics(long totalVerdicts, long django, long flask, long either, long quizzesStarted,
                                 long quizzesFinished) {

    /** Share of started questionnaires that were finished, 0 to 100; 0 when none was started. */
    public int completionPercent() {
        return quizzesStarted == 0 ? 0 : (int) Math.round(100.0 * quizzesFinished / quizzesStarted);
    }
}
