package com.frameworkfork.correction;

import java.util.Map;

/** What became of a posted suggestion. */
sealed interface CorrectionSubmission {

    /** Stored (or, from a bot, silently dropped); the reader is sent to {@code location}. */
    record Accepted(String location) implements CorrectionSubmission {
    }

    /** Refused: the form comes back with what was typed and a message per field. */
    record Rejected(CorrectionSubject subject, CorrectionForm form, Map<String, String> errors)
            implements CorrectionSubmission {
    }
}
