package com.frameworkfork.decision.quiz;

import java.util.List;

/**
 * What the quiz's introduction lists.
 *
 * @param prompts  the questions every reader is asked
 * @param tieBreak whether a close call brings in one more question
 */
public record QuizIntroduction(List<String> prompts, boolean tieBreak) {
}
