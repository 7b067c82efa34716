package com.frameworkfork.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages of {@link SitePages#SERVED}, each at an address of its own. */
@Controller
class SitePageController {

    private final SitePageService pages;

    SitePageController(SitePageService pages) {
        this.pages = pages;
    }

    @GetMapping("/about")
    String about(Model model) {
        return show("about", model);
    }

    @GetMapping("/privacy")
    String privacy(Model model) {
        return show("privacy", model);
    }

    private String show(String slug, Model model) {
        SitePageView page = pages.page(slug);
        model.addAttribute("page", page);
        if (page.hasWeights()) {
            model.addAttribute("weights", pages.weights());
        }
        return "home/page";
    }
}
