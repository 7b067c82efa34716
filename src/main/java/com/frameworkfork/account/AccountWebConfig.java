package com.frameworkfork.account;

import com.frameworkfork.web.AdminScreen;
import com.frameworkfork.web.history.HistorySubject;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountWebConfig {

    @Bean
    AdminScreen accountsScreen() {
        return new AdminScreen("/admin/accounts/**", "/admin/accounts", "Accounts", "ADMIN", 90);
    }

    /** Read only: roles and disabling have rules of their own (the last administrator stays), kept on the account screen. */
    @Bean
    HistorySubject<Account> accountHistory() {
        return HistorySubject.of("account", "Account", Account.class, "ADMIN", Account::getUsername)
                .editedAt(id -> "/admin/accounts/" + id);
    }
}
