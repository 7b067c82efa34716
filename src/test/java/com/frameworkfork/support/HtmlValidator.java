package com.frameworkfork.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import nu.validator.validation.SimpleDocumentValidator;
import nu.validator.xml.SystemErrErrorHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker, run offline in the test JVM, set up the way its {@code EmbeddedValidator}
 * sets it up. That class reads the HTML schema again for every document, which takes far longer than
 * checking one, so the checker here reads it once and checks every document against it.
 */
public final class HtmlValidator {

    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    /**
     * The checker's schema matching recurses deeply, deeper than a default thread stack holds when the
     * JVM runs only its quick compiler (as the tests do), so it runs on a thread with a stack of its own.
     * That one thread is also the only one to touch the checker, which is not made for several.
     */
    private static final long CHECKER_STACK_BYTES = 64L * 1024 * 1024;

    private static final ExecutorService CHECKER_THREAD = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(null, task, "html-checker", CHECKER_STACK_BYTES);
        thread.setDaemon(true);
        return thread;
    });

    private static SimpleDocumentValidator checker;

    private HtmlValidator() {
    }

    /** Returns the checker's error messages for the document; an empty list means it is valid HTML. */
    public static List<String> errors(String html) {
        try {
            return CHECKER_THREAD.submit(() -> check(html)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the HTML checker ran", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The HTML checker failed to run", e.getCause());
        }
    }

    private static List<String> check(String html) throws Exception {
        if (checker == null) {
            SimpleDocumentValidator schemaRead = new SimpleDocumentValidator(true, false, true);
            schemaRead.setUpMainSchema(HTML_SCHEMA, new SystemErrErrorHandler());
            checker = schemaRead;
        }
        List<String> errors = new ArrayList<>();
        checker.setUpValidatorAndParsers(new ErrorHandler() {
            @Override
            public void warning(SAXParseException warning) {
            }

            @Override
            public void error(SAXParseException error) {
                errors.add(line(error, "error"));
            }

            @Override
            public void fatalError(SAXParseException fatal) {
                errors.add(line(fatal, "fatal"));
            }
        }, false, false);
        try {
            checker.checkHtmlInputSource(new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));
        } catch (SAXParseException stopped) {
            String fatal = line(stopped, "fatal");
            if (!errors.contains(fatal)) {
                errors.add(fatal);
            }
        } catch (SAXException stopped) {
            errors.add("fatal: " + stopped.getMessage());
        }
        return errors;
    }

    private static String line(SAXParseException problem, String kind) {
        return problem.getLineNumber() + ":" + problem.getColumnNumber() + ": " + kind + ": " + problem.getMessage();
    }
}
