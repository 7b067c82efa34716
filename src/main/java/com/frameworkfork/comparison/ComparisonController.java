package com.frameworkfork.comparison;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ComparisonController {

    private final ComparisonService comparisonService;

    ComparisonController(ComparisonService comparisonService) {
        this.comparisonService = comparisonService;
    }

    @GetMapping("/compare")
    String list(Model model) {
        model.addAttribute("comparisons", comparisonService.list());
        return "comparison/list";
    }

    @GetMapping("/compare/{slug}")
    String show(@PathVariable String slug, Model model) {
        model.addAttribute("page", comparisonService.page(slug));
        return "comparison/show";
    }
}
