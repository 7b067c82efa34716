package com.frameworkfork.account;

import com.frameworkfork.web.AdminScreen;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountWebConfig {

    @Bean
    AdminScreen accountsScreen() {
        return new AdminScreen("/admin/accounts/**", "/admin/accounts", "Accounts", "ADMIN", 90);
    }
}
