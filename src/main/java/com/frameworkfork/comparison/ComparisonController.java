package com.frameworkfork.comparison;

import jakarta.servlet.http.HttpServletRequest;

import com.frameworkfork.site.PageCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
public class ComparisonController {

    private final ComparisonService comparisonService;
    private final PageCache pageCache;

    public ComparisonController(ComparisonService comparisonService, PageCache pageCache) {
        this.comparisonService = comparisonService;
        this.pageCache = pageCache;
    }

    @GetMapping("/compare")
    public String list(HttpServletRequest request, Model model) {
        model.addAttribute("comparisons", comparisonService.list());
        pageCache.allow(request);
        return "comparison/list";
    }

    @GetMapping("/compare/{slug}")
    public String show(@PathVariable String slug, HttpServletRequest request, Model model) {
        model.addAttribute("page", comparisonService.page(slug));
        pageCache.allow(request);
        return "comparison/show";
    }
}
