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
    private final MaintenanceProperties settings;

    MaintenanceWriteGuardConfig(List<ReaderWrite> writes, MaintenanceMode maintenanceMode,
                                MaintenanceProperties settings) {
        this.writes = writes;
        this.maintenanceMode = maintenanceMode;
        this.settings = settings;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        writes.stream().filter(ReaderWrite::pausedDuringMaintenance).forEach(write ->
                registry.addInterceptor(new MaintenanceWriteGuard(maintenanceMode, write, settings.retryAfter()))
                        .addPathPatterns(write.pathPattern())
                        .order(0));
    }
}
