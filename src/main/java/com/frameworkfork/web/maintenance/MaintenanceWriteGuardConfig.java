package com.frameworkfork.web.maintenance;

import java.util.List;

import com.frameworkfork.web.ReaderWrite;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Pauses every reader write registered as paused during maintenance, first of all checks on it. */
@Configuration(proxyBeanMethods = false)
class MaintenanceWriteGuardConfig implements WebMvcConfigurer {

    private final List<ReaderWrite> writes;
    private final MaintenanceMode maintenanceMode;

    MaintenanceWriteGuardConfig(List<ReaderWrite> writes, MaintenanceMode maintenanceMode) {
        this.writes = writes;
        this.maintenanceMode = maintenanceMode;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        String[] paused = writes.stream().filter(ReaderWrite::pausedDuringMaintenance)
                .map(ReaderWrite::pathPattern).toArray(String[]::new);
        if (paused.length > 0) {
            registry.addInterceptor(new MaintenanceWriteGuard(maintenanceMode)).addPathPatterns(paused).order(0);
        }
    }
}
