package com.frameworkfork.decision.quiz;

/** What follows a step: a question to show, the next question, the verdict, or the same question again with a message. */
sealed interface StepOutcome {

    record Show(QuestionPage page) implements StepOutcome {
    }

    record NextQuestion(String quizId, String key) implements StepOutcome {
    }

    record Finished(String verdictId) implements StepOutcome {
    }

    record AskAgain(QuestionPage page) implements StepOutcome {
    }
}
