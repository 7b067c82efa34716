package com.frameworkfork.web.maintenance;

import java.time.Duration;

/** A reader tried to write (comment, heart) while the site is under maintenance. */
public class UnderMaintenanceException extends RuntimeException {

    private final Duration retryAfter;

    UnderMaintenanceException(Duration retryAfter) {
        super("The site is under maintenance; writes are paused");
        this.retryAfter = retryAfter;
    }

    /** How long the reader is told to wait; the site cannot know when maintenance ends, so it is a guess. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
