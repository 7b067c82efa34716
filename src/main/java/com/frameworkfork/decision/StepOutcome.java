package com.frameworkfork.decision;

/** What follows an answer: the next question, the verdict, or the same question again with a message. */
public sealed interface StepOutcome {

    record NextQuestion(String quizId, String key) implements StepOutcome {
    }

    record Finished(String verdictId) implements StepOutcome {
    }

    record AskAgain(QuestionPage page) implements StepOutcome {
    }
}
