package com.frameworkfork.decision.verdict;

/** How many counted verdicts gave one combination of answers, as stored in {@code answers_key}. */
record AnswersCount(String answersKey, long verdicts) {
}
