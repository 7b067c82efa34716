package com.frameworkfork.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import nu.validator.client.EmbeddedValidator;

/** The Nu HTML Checker, run offline in the test JVM. */
public final class HtmlValidator {

    private HtmlValidator() {
    }

    /** Returns the checker's error messages for the document; an empty list means it is valid HTML. */
    public static List<String> errors(String html) {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        try {
            String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            return report.lines().filter(line -> line.contains(": error:") || line.contains(": fatal:")).toList();
        } catch (Exception e) {
            throw new IllegalStateException("The HTML checker failed to run", e);
        }
    }
}
