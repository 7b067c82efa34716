package com.frameworkfork.web.maintenance;

import java.util.List;

import com.frameworkfork.web.history.HistorySubject;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MaintenanceHistoryConfig {

    @Bean
    HistorySubject<SiteSetting> settingHistory(MaintenanceMode maintenance) {
        return HistorySubject.of("setting", "Setting", SiteSetting.class, "ADMIN",
                        setting -> MaintenanceMode.SETTING.equals(setting.getSettingName()) ? "Maintenance mode" : setting.getSettingName())
                .editedAt(name -> MaintenanceMode.SETTING.equals(name) ? "/admin/maintenance" : null)
                .restoredBy((name, version) -> {
                    if (!MaintenanceMode.SETTING.equals(name)) {
                        return List.of("Only the maintenance switch can be restored from its history.");
                    }
                    maintenance.switchTo(Boolean.parseBoolean(version.getSettingValue()));
                    return List.of();
                })
                .field("settingValue", "Value");
    }
}
