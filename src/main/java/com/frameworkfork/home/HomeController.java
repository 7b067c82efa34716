package com.frameworkfork.home;

import com.frameworkfork.article.ArticleService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private static final int NEWEST_ON_HOME = 3;

    private final ArticleService articleService;

    HomeController(ArticleService articleService) {
        this.articleService = articleService;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("newest", articleService.newest(NEWEST_ON_HOME));
        return "home/home";
    }
}
