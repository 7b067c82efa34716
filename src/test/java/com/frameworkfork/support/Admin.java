package com.frameworkfork.support;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The test admin account: tests set this password through the SITE_ADMIN_PASSWORD property. */
public final class Admin {

    public static final String PASSWORD_PROPERTY = "SITE_ADMIN_PASSWORD=test-only-Secret-42";
    public static final String USERNAME = "admin";
    public static final String PASSWORD = "test-only-Secret-42";

    private Admin() {
    }

    public static RequestPostProcessor admin() {
        return user(USERNAME).roles("ADMIN");
    }
}
