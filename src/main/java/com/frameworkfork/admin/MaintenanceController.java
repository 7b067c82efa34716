package com.frameworkfork.admin;

import com.frameworkfork.web.maintenance.MaintenanceMode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/admin/maintenance")
class MaintenanceController {

    private final MaintenanceMode maintenanceMode;

    MaintenanceController(MaintenanceMode maintenanceMode) {
        this.maintenanceMode = maintenanceMode;
    }

    @GetMapping
    public String show(Model model) {
        model.addAttribute("maintenanceOn", maintenanceMode.isEnabled());
        return "admin/maintenance";
    }

    @PostMapping
    public String switchTo(@RequestParam boolean enabled) {
        maintenanceMode.switchTo(enabled);
        return "redirect:/admin/maintenance";
    }
}
