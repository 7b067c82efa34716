package com.frameworkfork.site;

import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page, whichever controller rendered it. */
@ControllerAdvice
public class LayoutModelAdvice {

    private static final Pattern CATEGORY_SLUG = Pattern.compile("[a-z0-9-]{1,60}");

    private final SiteProperties site;

    public LayoutModelAdvice(SiteProperties site) {
        this.site = site;
    }

    @ModelAttribute("site")
    public SiteProperties site() {
        return site;
    }

    /**
     * The page's one true address: the path plus the only query parameter that selects different
     * content (the article category). Error pages have none, so they are never indexed as pages.
     */
    @ModelAttribute("canonicalUrl")
    public String canonicalUrl(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null) {
            return null;
        }
        String category = request.getParameter("category");
        boolean filtered = "/articles".equals(request.getRequestURI()) && category != null
                && CATEGORY_SLUG.matcher(category).matches();
        return site.baseUrl() + request.getRequestURI() + (filtered ? "?category=" + category : "");
    }

    @ModelAttribute("currentPath")
    public String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
