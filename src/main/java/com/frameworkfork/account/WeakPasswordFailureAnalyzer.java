package com.frameworkfork.account;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the operator why the site would not start with the admin password it was given, and what to do. */
class WeakPasswordFailureAnalyzer extends AbstractFailureAnalyzer<WeakPasswordException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, WeakPasswordException cause) {
        return new FailureAnalysis(
                "The admin password was refused: " + cause.getMessage(),
                "Set SITE_ADMIN_PASSWORD to a password of at least " + PasswordPolicy.MIN_LENGTH
                        + " characters that is not a common one (a passphrase of several unrelated words works well), "
                        + "or leave it empty to keep the back office closed.",
                cause);
    }
}
