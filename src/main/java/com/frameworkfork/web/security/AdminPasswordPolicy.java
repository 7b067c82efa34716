package com.frameworkfork.web.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules an admin password must meet before the site agrees to start with it: at least
 * {@value #MIN_LENGTH} characters and not in the bundled list of common passwords (compared
 * without regard to case).
 */
final class AdminPasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final String COMMON_PASSWORDS = "/security/common-passwords.txt";

    private final Set<String> common;

    private AdminPasswordPolicy(Set<String> common) {
        this.common = common;
    }

    static AdminPasswordPolicy withBundledList() {
        try (InputStream in = AdminPasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("The common-passwords list " + COMMON_PASSWORDS + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new AdminPasswordPolicy(reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Throws when the password breaks a rule; the message says which, never the password itself. */
    void check(String password) {
        if (password.length() < MIN_LENGTH) {
            throw new WeakAdminPasswordException("SITE_ADMIN_PASSWORD is " + password.length()
                    + " characters long; it must be at least " + MIN_LENGTH + " characters.");
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            throw new WeakAdminPasswordException(
                    "SITE_ADMIN_PASSWORD is in the list of common passwords, which attackers try first.");
        }
    }
}
