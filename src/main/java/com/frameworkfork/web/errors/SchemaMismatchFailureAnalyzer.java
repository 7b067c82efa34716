package com.frameworkfork.web.errors;

import org.flywaydb.core.api.exception.FlywayValidateException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns Flyway's validation failure into a start-up message an operator can act on: the site
 * refuses to serve pages from a database whose schema it does not recognise.
 */
class SchemaMismatchFailureAnalyzer extends AbstractFailureAnalyzer<FlywayValidateException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FlywayValidateException cause) {
        return new FailureAnalysis(
                "The database schema does not match this version of the site, so it will not start. "
                        + "Flyway reported: " + cause.getMessage(),
                "If the database was migrated by a newer version of the site, run that version (or newer). "
                        + "If a migration file was edited after it was applied, restore the original file. "
                        + "For a development database you can start afresh by deleting ./data (see README, \"Resetting the data\").",
                cause);
    }
}
