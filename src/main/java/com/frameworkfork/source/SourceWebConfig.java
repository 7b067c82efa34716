package com.frameworkfork.source;

import com.frameworkfork.web.AdminScreen;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SourceWebConfig {

    @Bean
    AdminScreen sourcesScreen() {
        return new AdminScreen("/admin/sources/**", "/admin/sources", "Sources", "EDITOR", 30);
    }
}
