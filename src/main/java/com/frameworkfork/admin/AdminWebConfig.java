package com.frameworkfork.admin;

import com.frameworkfork.web.AdminScreen;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AdminWebConfig {

    @Bean
    AdminScreen contentFilesScreen() {
        return new AdminScreen("/admin/content/**", "/admin/content", "Content files", "EDITOR", 70);
    }

    @Bean
    AdminScreen maintenanceScreen() {
        return new AdminScreen("/admin/maintenance/**", "/admin/maintenance", "Maintenance", "ADMIN", 80);
    }
}
