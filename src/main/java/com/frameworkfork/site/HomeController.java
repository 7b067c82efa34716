package com.frameworkfork.site;

import jakarta.servlet.http.HttpServletRequest;

import com.frameworkfork.article.ArticleService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
public class HomeController {

    private static final int NEWEST_ON_HOME = 3;

    private final ArticleService articleService;
    private final PageCache pageCache;

    public HomeController(ArticleService articleService, PageCache pageCache) {
        this.articleService = articleService;
        this.pageCache = pageCache;
    }

    @GetMapping("/")
    public String home(HttpServletRequest request, Model model) {
        model.addAttribute("newest", articleService.newest(NEWEST_ON_HOME));
        pageCache.allow(request);
        return "site/home";
    }
}
