package com.frameworkfork.admin;

import com.frameworkfork.web.AdminScreen;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AdminWebConfig {

    @Bean
    AdminScreen maintenanceScreen() {
        return new AdminScreen("/admin/maintenance/**", "/admin/maintenance", "Maintenance", "ADMIN", 80);
    }
}
