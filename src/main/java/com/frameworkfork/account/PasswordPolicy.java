package com.frameworkfork.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules every account's password meets: at least {@value #MIN_LENGTH} characters and not in the
 * bundled list of common passwords (compared without regard to case). The first administrator's
 * password from the environment meets them too, or the site does not start.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final String COMMON_PASSWORDS = "/security/common-passwords.txt";

    private final Set<String> common;

    private PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    static PasswordPolicy withBundledList() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("The common-passwords list " + COMMON_PASSWORDS + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new PasswordPolicy(reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is wrong with the password, worded for the person choosing it; empty when nothing is. */
    Optional<String> problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Choose a password of at least " + MIN_LENGTH + " characters; a few unrelated words make a good one.");
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("This password is in the list of common passwords, which attackers try first. Choose another.");
        }
        return Optional.empty();
    }

    /** Throws when the first administrator's password from the environment breaks a rule; never shows the password. */
    void checkFirstAdministrator(String password) {
        if (password.length() < MIN_LENGTH) {
            throw new WeakPasswordException("SITE_ADMIN_PASSWORD is " + password.length()
                    + " characters long; it must be at least " + MIN_LENGTH + " characters.");
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            throw new WeakPasswordException(
                    "SITE_ADMIN_PASSWORD is in the list of common passwords, which attackers try first.");
        }
    }
}
