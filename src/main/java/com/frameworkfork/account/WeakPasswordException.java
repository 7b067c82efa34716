package com.frameworkfork.account;

/** The configured admin password breaks the {@link PasswordPolicy}; the site refuses to start. */
class WeakPasswordException extends RuntimeException {

    WeakPasswordException(String message) {
        super(message);
    }
}
