package com.frameworkfork.article;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

    private final ArticleSearch articleSearch;

    SearchController(ArticleSearch articleSearch) {
        this.articleSearch = articleSearch;
    }

    /** Result pages are endless variations of the articles themselves, so search engines should not index them. */
    @GetMapping("/search")
    public String search(@RequestParam(name = "q", required = false) String query, Model model) {
        model.addAttribute("results", articleSearch.search(query));
        model.addAttribute("noindex", true);
        return "article/search";
    }
}
