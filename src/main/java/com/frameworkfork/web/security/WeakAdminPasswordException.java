package com.frameworkfork.web.security;

/** The configured admin password breaks the {@link AdminPasswordPolicy}; the site refuses to start. */
class WeakAdminPasswordException extends RuntimeException {

    WeakAdminPasswordException(String message) {
        super(message);
    }
}
