package com.frameworkfork.decision.scoring;

/**
 * What the verdict would become if one answer alone were different.
 *
 * @param becomes the recommendation with that single answer changed
 */
public record Flip(String question, Answer from, Answer to, Recommendation becomes) {
}
