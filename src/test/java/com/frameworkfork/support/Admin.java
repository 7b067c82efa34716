package com.frameworkfork.support;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The test admin account: tests set this password through site.admin.password, the property the SITE_ADMIN_PASSWORD environment variable sets. */
public final class Admin {

    public static final String PASSWORD_PROPERTY = "site.admin.password=test-only-Secret-42";
    public static final String USERNAME = "admin";
    public static final String PASSWORD = "test-only-Secret-42";

    private Admin() {
    }

    public static RequestPostProcessor admin() {
        return user(USERNAME).roles("ADMIN");
    }
}
