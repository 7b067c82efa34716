package com.frameworkfork.web.maintenance;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.frameworkfork.web.ReaderWrite;
import org.springframework.web.servlet.HandlerInterceptor;

/** Refuses posts to one reader write while maintenance mode is on. */
class MaintenanceWriteGuard implements HandlerInterceptor {

    private final MaintenanceMode maintenanceMode;
    private final ReaderWrite write;
    private final Duration retryAfter;

    MaintenanceWriteGuard(MaintenanceMode maintenanceMode, ReaderWrite write, Duration retryAfter) {
        this.maintenanceMode = maintenanceMode;
        this.write = write;
        this.retryAfter = retryAfter;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if ("POST".equals(request.getMethod()) && maintenanceMode.isEnabled()) {
            request.setAttribute(ReaderWrite.ATTRIBUTE, write);
            throw new UnderMaintenanceException(retryAfter);
        }
        return true;
    }
}
