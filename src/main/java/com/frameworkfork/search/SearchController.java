package com.frameworkfork.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    /** Result pages are endless variations of the content itself, so search engines should not index them. */
    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) String query, Model model) {
        model.addAttribute("results", search.search(query));
        model.addAttribute("noindex", true);
        return "search/results";
    }
}
