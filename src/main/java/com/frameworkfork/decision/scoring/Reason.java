package com.frameworkfork.decision.scoring;

/**
 * What one question counted for in a verdict.
 *
 * @param answer      the answer counted: the reader's, or the one recorded for a skipped question;
 *                    null when the question was not answered or not needed
 * @param explanation why that answer counts as it does; null without an answer
 */
public record Reason(String question, Status status, Answer answer, Lean favours, int weight, Strength strength,
                     String explanation) {

    /** Whether the question was put to the reader, and what became of it. */
    public enum Status {
        /** Asked and answered. */
        ANSWERED("answered"),
        /** Not asked because of earlier answers; counted as the recorded answer. */
        SKIPPED("skipped"),
        /** A tie-break the close call called for, left unanswered: it counts for nothing. */
        UNANSWERED("unanswered"),
        /** A tie-break the other answers made unnecessary: not asked, not counted. */
        NOT_NEEDED("not-needed");

        private final String value;

        Status(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }
    }

    /** Whether this answer is part of what was decided (and of the verdict's stored answers). */
    public boolean counted() {
        return status == Status.ANSWERED || status == Status.SKIPPED;
    }
}
