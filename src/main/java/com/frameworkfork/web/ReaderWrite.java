package com.frameworkfork.web;

/**
 * A route readers post to (a comment, a heart, a verdict), registered as a bean by its feature. The
 * site limits each client to {@code perMinute} such posts and, where {@code pausedDuringMaintenance},
 * refuses them while the site is under maintenance; the refusal pages hand back what was typed.
 *
 * @param pathPattern a Spring path pattern such as {@code /articles/{slug}/comments}
 */
public record ReaderWrite(String pathPattern, int perMinute, boolean pausedDuringMaintenance) {

    public ReaderWrite {
        if (perMinute < 1) {
            throw new IllegalArgumentException("A reader write needs a limit of at least 1 a minute: " + pathPattern);
        }
    }
}
