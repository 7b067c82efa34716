package com.frameworkfork.web.maintenance;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the layout whether to show the maintenance banner; a page without the attribute shows none. */
@ControllerAdvice
public class MaintenanceBannerAdvice {

    private final MaintenanceMode maintenanceMode;

    public MaintenanceBannerAdvice(MaintenanceMode maintenanceMode) {
        this.maintenanceMode = maintenanceMode;
    }

    @ModelAttribute("maintenance")
    public boolean maintenance() {
        return maintenanceMode.isEnabled();
    }
}
