package com.frameworkfork.decision.questionnaire;

/** Where a scoring-model version stands. Exactly one version is published at a time. */
public enum ModelState {
    /** Being edited; no verdict uses it. */
    DRAFT,
    /** The model new verdicts are made with. */
    PUBLISHED,
    /** Was published; the verdicts made with it are still explained with it, so it never changes. */
    RETIRED;

    /** Whether verdicts may have been made with it, which means it can never change again. */
    public boolean everPublished() {
        return this != DRAFT;
    }
}
