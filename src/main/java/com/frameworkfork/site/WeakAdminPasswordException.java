package com.frameworkfork.site;

/** The configured admin password breaks the {@link AdminPasswordPolicy}; the site refuses to start. */
public class WeakAdminPasswordException extends RuntimeException {

    public WeakAdminPasswordException(String message) {
        super(message);
    }
}
