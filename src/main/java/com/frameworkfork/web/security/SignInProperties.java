package com.frameworkfork.web.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param attemptsPerMinute how many sign-in attempts one client may make in a minute
 * @param maxFailures       how many wrong passwords one client may send within {@code window}
 * @param window            how long a wrong password is remembered
 * @param lockout           how long the client is then refused, whatever it sends
 * @param bcryptStrength    the work factor of new password hashes (each step doubles the work; a
 *                          hash keeps the factor it was made with, so raising it breaks no password)
 */
@ConfigurationProperties("site.sign-in")
record SignInProperties(@DefaultValue("10") int attemptsPerMinute,
                               @DefaultValue("5") int maxFailures,
                               @DefaultValue("15m") Duration window,
                               @DefaultValue("15m") Duration lockout,
                               @DefaultValue("10") int bcryptStrength) {
}
