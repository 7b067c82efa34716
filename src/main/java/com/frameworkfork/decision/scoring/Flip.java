package com.frameworkfork.decision.scoring;

/**
 * What the verdict would become if one answer alone were different.
 *
 * @param from            the answer counted now; null for a tie-break left unanswered
 * @param becomes         the recommendation with that single answer changed and no tie-break answer
 *                        beyond those already given
 * @param tieBreakDecides the change would make a close call that the unanswered tie-break question
 *                        would then settle one way or the other
 */
public record Flip(String question, Answer from, Answer to, Recommendation becomes, boolean tieBreakDecides) {
}
