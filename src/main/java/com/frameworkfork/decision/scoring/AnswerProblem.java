package com.frameworkfork.decision.scoring;

/** One thing wrong with a set of answers, named so a reader or an API client can fix it. */
public record AnswerProblem(String question, String message) {
}
