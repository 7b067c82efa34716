package com.frameworkfork.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import nu.validator.client.EmbeddedValidator;

/** The Nu HTML Checker, run offline in the test JVM. */
public final class HtmlValidator {

    private HtmlValidator() {
    }

    /**
     * The checker's schema matching recurses deeply, deeper than a default thread stack holds when the
     * JVM runs only its quick compiler (as the tests do), so it runs on a thread with a stack of its own.
     */
    private static final long CHECKER_STACK_BYTES = 64L * 1024 * 1024;

    /** Returns the checker's error messages for the document; an empty list means it is valid HTML. */
    public static List<String> errors(String html) {
        CompletableFuture<String> report = new CompletableFuture<>();
        Thread checker = new Thread(null, () -> {
            try {
                EmbeddedValidator validator = new EmbeddedValidator();
                validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
                report.complete(validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));
            } catch (Exception | StackOverflowError e) {
                report.completeExceptionally(e);
            }
        }, "html-checker", CHECKER_STACK_BYTES);
        checker.start();
        try {
            return report.get().lines().filter(line -> line.contains(": error:") || line.contains(": fatal:")).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the HTML checker ran", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The HTML checker failed to run", e.getCause());
        }
    }
}
