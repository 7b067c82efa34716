package com.frameworkfork.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The site with the reader and sign-in limits it ships with, for the tests that a real reader or
 * the admin is never held up by them; the sign-in lockout after {@link #SIGN_IN_FAILURES} wrong
 * passwords within a minute, lasting two seconds so that a test sees it end without a long wait; and
 * only {@code 192.0.2.0/24} trusted as a proxy, so the tests' own loopback connections are ordinary
 * clients whose forwarded headers count for nothing. Serves real HTTP: no {@code csrf()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "site.sign-in.max-failures=" + ShippedLimits.SIGN_IN_FAILURES,
        "site.sign-in.window=1m",
        "site.sign-in.lockout=2s",
        "site.trusted-proxies=192.0.2.0/24"})
@AutoConfigureMockMvc
public @interface ShippedLimits {

    /** Wrong passwords from one client that lock it out. */
    int SIGN_IN_FAILURES = 3;
}
