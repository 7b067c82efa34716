package com.frameworkfork.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the questions from the published model, an example verdict it gives, and the newest articles. */
@Controller
class HomeController {

    private final HomePageService homePage;

    HomeController(HomePageService homePage) {
        this.homePage = homePage;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("home", homePage.page());
        return "home/home";
    }
}
