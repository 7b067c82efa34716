package com.frameworkfork.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The one back-office account, set from the environment ({@code SITE_ADMIN_USERNAME},
 * {@code SITE_ADMIN_PASSWORD}); without a password the back office stays closed.
 */
@ConfigurationProperties("site.admin")
record AdminAccountProperties(@DefaultValue("admin") String username, @DefaultValue("") String password) {
}
