package com.frameworkfork.content;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells whoever starts the site which content file is wrong, where, and what to do. */
class ContentFileFailureAnalyzer extends AbstractFailureAnalyzer<ContentFileException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ContentFileException cause) {
        return new FailureAnalysis(
                "A shipped content file is invalid, so the site will not start: " + cause.getMessage(),
                "Correct src/main/resources/content/" + cause.file()
                        + (cause.line() > 0 ? " near line " + cause.line() : "")
                        + " (the format is described in the README, \"Content files\"), then start the site again.",
                cause);
    }
}
