package com.frameworkfork.web.maintenance;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/** Refuses reader writes (POSTs on the paths it is registered for) while maintenance mode is on. */
class MaintenanceWriteGuard implements HandlerInterceptor {

    private final MaintenanceMode maintenanceMode;

    MaintenanceWriteGuard(MaintenanceMode maintenanceMode) {
        this.maintenanceMode = maintenanceMode;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if ("POST".equals(request.getMethod()) && maintenanceMode.isEnabled()) {
            throw new UnderMaintenanceException();
        }
        return true;
    }
}
