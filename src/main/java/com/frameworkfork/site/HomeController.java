package com.frameworkfork.site;

import com.frameworkfork.article.ArticleService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
public class HomeController {

    private static final int NEWEST_ON_HOME = 3;

    private final ArticleService articleService;

    public HomeController(ArticleService articleService) {
        this.articleService = articleService;
    }

    @GetMapping("/")
    public String home(Model model) {
        model.addAttribute("newest", articleService.newest(NEWEST_ON_HOME));
        return "site/home";
    }
}
