package com.frameworkfork.admin;

import com.frameworkfork.site.MaintenanceMode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

@Controller
@RequestMapping("/admin/maintenance")
public class MaintenanceController {

    private final MaintenanceMode maintenanceMode;

    public MaintenanceController(MaintenanceMode maintenanceMode) {
        this.maintenanceMode = maintenanceMode;
    }

    @GetMapping
    public String show(Model model) {
        model.addAttribute("maintenanceOn", maintenanceMode.isEnabled());
        return "admin/maintenance";
    }

    @PostMapping
    public RedirectView switchTo(@RequestParam boolean enabled) {
        maintenanceMode.switchTo(enabled);
        return SeeOther.to("/admin/maintenance");
    }
}
