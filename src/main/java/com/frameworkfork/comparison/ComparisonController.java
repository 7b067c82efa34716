package com.frameworkfork.comparison;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
public class ComparisonController {

    private final ComparisonService comparisonService;

    public ComparisonController(ComparisonService comparisonService) {
        this.comparisonService = comparisonService;
    }

    @GetMapping("/compare")
    public String list(Model model) {
        model.addAttribute("comparisons", comparisonService.list());
        return "comparison/list";
    }

    @GetMapping("/compare/{slug}")
    public String show(@PathVariable String slug, Model model) {
        model.addAttribute("page", comparisonService.page(slug));
        return "comparison/show";
    }
}
