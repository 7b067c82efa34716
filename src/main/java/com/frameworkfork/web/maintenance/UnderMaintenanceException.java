package com.frameworkfork.web.maintenance;

/** A reader tried to write (comment, heart) while the site is under maintenance. */
public class UnderMaintenanceException extends RuntimeException {

    public UnderMaintenanceException() {
        super("The site is under maintenance; writes are paused");
    }
}
