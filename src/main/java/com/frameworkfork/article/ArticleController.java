package com.frameworkfork.article;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.frameworkfork.web.ReaderRequests;
import com.frameworkfork.web.VisitorCookie;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

@Controller
class ArticleController {

    private final ArticleService articleService;
    private final VisitorCookie visitorCookie;

    ArticleController(ArticleService articleService, VisitorCookie visitorCookie) {
        this.articleService = articleService;
        this.visitorCookie = visitorCookie;
    }

    @GetMapping("/articles")
    String list(@RequestParam(name = "category", required = false) String category, Model model) {
        ArticleListing listing = articleService.list(category);
        model.addAttribute("listing", listing);
        model.addAttribute("canonicalPath", listing.canonicalPath());
        return "article/list";
    }

    @GetMapping("/articles/{slug}")
    ModelAndView show(@PathVariable String slug, HttpServletRequest request, Model model) {
        try {
            model.addAttribute("page", articleService.read(slug, ReaderRequests.countsAsView(request)));
        } catch (ArticleGoneException gone) {
            model.addAttribute("deleted", gone.deleted());
            model.addAttribute("noindex", true);
            return new ModelAndView("article/gone", model.asMap(), HttpStatus.GONE);
        }
        model.addAttribute("openGraphType", "article");
        return new ModelAndView("article/show", model.asMap());
    }

    @PostMapping("/articles/{slug}/hearts")
    String heart(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response) {
        articleService.heart(slug, visitorCookie.getOrIssue(request, response));
        return "redirect:/articles/" + slug + "#hearts";
    }
}
