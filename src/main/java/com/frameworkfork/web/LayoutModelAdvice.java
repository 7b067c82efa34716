package com.frameworkfork.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page, whichever controller rendered it. */
@ControllerAdvice
public class LayoutModelAdvice {

    /** More first segments than the site has sections: past this, a page renders its layout in full. */
    private static final int SECTIONS_KEPT = 64;

    private final SiteProperties site;
    private final ConcurrentMap<String, String> sections = new ConcurrentHashMap<>();

    LayoutModelAdvice(SiteProperties site) {
        this.site = site;
    }

    @ModelAttribute("site")
    public SiteProperties site() {
        return site;
    }

    /**
     * The path of the page's one true address: its path without the query. A page whose query selects
     * different content (a category of the article list) replaces it. Error pages have none, so they
     * are never indexed as pages.
     */
    @ModelAttribute("canonicalPath")
    public String canonicalPath(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null) {
            return null;
        }
        return request.getRequestURI();
    }

    @ModelAttribute("currentPath")
    public String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /**
     * The first segment of the path ({@code "articles"} for {@code /articles/x}), always the same instance
     * for the same segment: the layout keeps its header and footer by it ({@link KeptHtmlDialect}), so they
     * may depend on nothing else. Error pages, whose paths are whatever was asked for, get null and
     * render them in full.
     */
    @ModelAttribute("pathSection")
    public String pathSection(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null) {
            return null;
        }
        String path = request.getRequestURI();
        int end = path.indexOf('/', 1);
        String segment = path.substring(Math.min(1, path.length()), end < 0 ? path.length() : end);
        String known = sections.get(segment);
        if (known != null || sections.size() >= SECTIONS_KEPT) {
            return known;
        }
        String previous = sections.putIfAbsent(segment, segment);
        return previous == null ? segment : previous;
    }
}
