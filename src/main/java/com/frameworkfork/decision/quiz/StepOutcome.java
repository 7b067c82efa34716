package com.frameworkfork.decision.quiz;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What follows a step: a question to show, the next question, the verdict, or the same question again with a message. */
sealed interface StepOutcome {

    record Show(QuestionPage page) implements StepOutcome {
    }

    record NextQuestion(String quizId, String key) implements StepOutcome {
    }

    record Finished(String verdictId) implements StepOutcome {
    }

    /** The answer was not stored; the question's page, asked for again, says why. */
    record AskAgain(String quizId, String key, Refusal refusal) implements StepOutcome {
    }

    /** Why an answer was refused, carried in the address the reader is sent back to. */
    enum Refusal {
        MISSING, CONFLICT;

        String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Refusal> of(String parameter) {
            return Arrays.stream(values()).filter(r -> r.parameter().equals(parameter)).findFirst();
        }
    }
}
