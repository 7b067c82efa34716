package com.frameworkfork.web.maintenance;

import com.frameworkfork.web.PageAttribute;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells the layout whether to show the maintenance banner; a page without the attribute shows none. */
@Configuration(proxyBeanMethods = false)
class MaintenanceBanner {

    @Bean
    PageAttribute maintenanceAttribute(MaintenanceMode maintenanceMode) {
        return new PageAttribute("maintenance", request -> maintenanceMode.isEnabled());
    }
}
