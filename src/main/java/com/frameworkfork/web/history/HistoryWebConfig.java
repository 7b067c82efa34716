package com.frameworkfork.web.history;

import com.frameworkfork.web.AdminScreen;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HistoryWebConfig {

    /** Every back-office role has a history to read; which kinds of content it shows depends on the role. */
    @Bean
    AdminScreen historyScreen() {
        return AdminScreen.openToEveryRole("/admin/history/**", "/admin/history", "History", 85);
    }
}
