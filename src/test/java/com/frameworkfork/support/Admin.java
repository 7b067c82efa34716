package com.frameworkfork.support;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The test admin account: its password is the site.admin.password of the tests' config/application.yml. */
public final class Admin {

    public static final String USERNAME = "admin";
    public static final String PASSWORD = "test-only-Secret-42";

    private Admin() {
    }

    /** The admin's identity for one MockMvc request, without signing in (and without a session). */
    public static RequestPostProcessor admin() {
        return user(USERNAME).roles("ADMIN");
    }
}
