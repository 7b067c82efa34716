package com.frameworkfork.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator, created from the environment ({@code SITE_ADMIN_USERNAME},
 * {@code SITE_ADMIN_PASSWORD}) on the first start with no account at all; afterwards accounts live
 * in the database and these are not needed.
 */
@ConfigurationProperties("site.admin")
record FirstAdministratorProperties(@DefaultValue("admin") String username, @DefaultValue("") String password) {
}
