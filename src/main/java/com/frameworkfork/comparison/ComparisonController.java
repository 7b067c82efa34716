package com.frameworkfork.comparison;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ComparisonController {

    private final ComparisonService comparisonService;
    private final EditorAccess editors;

    ComparisonController(ComparisonService comparisonService, EditorAccess editors) {
        this.comparisonService = comparisonService;
        this.editors = editors;
    }

    @GetMapping("/compare")
    String list(Model model) {
        model.addAttribute("comparisons", comparisonService.list());
        return "comparison/list";
    }

    /**
     * A signed-in editor sees an edit link on each block; readers never do. The editor's rendering is
     * marked private so that the shared page cache never hands it to a reader.
     */
    @GetMapping("/compare/{slug}")
    String show(@PathVariable String slug, Model model, Authentication who, HttpServletResponse response) {
        ComparisonPage page = comparisonService.page(slug);
        model.addAttribute("page", page);
        boolean editable = editors.mayOpen(ComparisonAdminPaths.comparison(slug), who);
        if (editable) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().cachePrivate().getHeaderValue());
        }
        model.addAttribute("editable", editable);
        return "comparison/show";
    }
}
