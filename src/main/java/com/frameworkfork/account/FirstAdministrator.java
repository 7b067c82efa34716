package com.frameworkfork.account;

import java.time.Clock;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start with no account at all, creates the administrator from {@code SITE_ADMIN_USERNAME}
 * and {@code SITE_ADMIN_PASSWORD}, before the site serves a page; a weak password stops start-up.
 * Afterwards accounts live in the database and the variables are not read.
 */
@Component
class FirstAdministrator implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final FirstAdministratorProperties first;
    private final Clock clock;
    private final TransactionTemplate transaction;

    FirstAdministrator(AccountRepository accounts, PasswordEncoder encoder, FirstAdministratorProperties first,
                       Clock clock, PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.first = first;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> {
            if (accounts.count() > 0) {
                return;
            }
            if (first.password().isBlank()) {
                log.warn("There is no account and SITE_ADMIN_PASSWORD is not set: the back office is closed "
                        + "until the site starts with SITE_ADMIN_PASSWORD set once.");
                return;
            }
            PasswordPolicy.withBundledList().checkFirstAdministrator(first.password());
            LocalDateTime now = LocalDateTime.now(clock);
            Account administrator = new Account(first.username().strip().toLowerCase(java.util.Locale.ROOT),
                    AccountRole.ADMINISTRATOR, now, null);
            administrator.setPassword(encoder.encode(first.password()), now);
            accounts.save(administrator);
            log.info("Created the first administrator, {}, from SITE_ADMIN_USERNAME and SITE_ADMIN_PASSWORD.",
                    administrator.getUsername());
        });
    }
}
