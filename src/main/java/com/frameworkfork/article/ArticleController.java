package com.frameworkfork.article;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.frameworkfork.site.PageCache;
import com.frameworkfork.site.ReaderRequests;
import com.frameworkfork.site.VisitorCookie;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

@Controller
public class ArticleController {

    private final ArticleService articleService;
    private final VisitorCookie visitorCookie;
    private final PageCache pageCache;

    public ArticleController(ArticleService articleService, VisitorCookie visitorCookie, PageCache pageCache) {
        this.articleService = articleService;
        this.visitorCookie = visitorCookie;
        this.pageCache = pageCache;
    }

    @GetMapping("/articles")
    public String list(@RequestParam(name = "category", required = false) String category,
                       HttpServletRequest request, Model model) {
        model.addAttribute("listing", articleService.list(category));
        pageCache.allow(request);
        return "article/list";
    }

    @GetMapping("/articles/{slug}")
    public String show(@PathVariable String slug, HttpServletRequest request, Model model) {
        ArticlePage page = articleService.read(slug, ReaderRequests.countsAsView(request));
        model.addAttribute("page", page);
        model.addAttribute("openGraphType", "article");
        pageCache.allow(request, reader -> {
            if (ReaderRequests.countsAsView(reader)) {
                articleService.countView(page.id());
            }
        });
        return "article/show";
    }

    @PostMapping("/articles/{slug}/hearts")
    public RedirectView heart(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response) {
        articleService.heart(slug, visitorCookie.getOrIssue(request, response));
        RedirectView redirect = new RedirectView("/articles/" + slug + "#hearts", true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return redirect;
    }
}
