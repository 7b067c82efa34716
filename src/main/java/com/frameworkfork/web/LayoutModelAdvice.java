package com.frameworkfork.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page, whichever controller rendered it. */
@ControllerAdvice
public class LayoutModelAdvice {

    private final SiteProperties site;

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
}
