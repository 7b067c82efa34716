package com.frameworkfork.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the shared layout needs on every page. */
@Configuration(proxyBeanMethods = false)
class LayoutAttributes {

    /** More first segments than the site has sections: past this, a page renders its layout in full. */
    private static final int SECTIONS_KEPT = 64;

    private final ConcurrentMap<String, String> sections = new ConcurrentHashMap<>();

    @Bean
    PageAttribute siteAttribute(SiteProperties site) {
        return PageAttribute.fixed("site", site);
    }

    /** Gives the {@code site/sponsored :: slot} fragment its configuration on whichever page includes it. */
    @Bean
    PageAttribute sponsoredSlotAttribute(SponsoredSlotProperties sponsored) {
        return PageAttribute.fixed("sponsoredSlot", sponsored);
    }

    /**
     * The path of the page's one true address: its path without the query. A page whose query selects
     * different content (a category of the article list) replaces it. Error pages have none, so they
     * are never indexed as pages.
     */
    @Bean
    PageAttribute canonicalPathAttribute() {
        return new PageAttribute("canonicalPath", request -> isErrorPage(request) ? null : request.getRequestURI());
    }

    @Bean
    PageAttribute currentPathAttribute() {
        return new PageAttribute("currentPath", HttpServletRequest::getRequestURI);
    }

    /**
     * The first segment of the path ({@code "articles"} for {@code /articles/x}), always the same instance
     * for the same segment: the layout keeps its header and footer by it ({@link KeptHtmlDialect}), so they
     * may depend on nothing else. Error pages, whose paths are whatever was asked for, get null and
     * render them in full.
     */
    @Bean
    PageAttribute pathSectionAttribute() {
        return new PageAttribute("pathSection", request -> isErrorPage(request) ? null : section(request.getRequestURI()));
    }

    private String section(String path) {
        int end = path.indexOf('/', 1);
        String segment = path.substring(Math.min(1, path.length()), end < 0 ? path.length() : end);
        String known = sections.get(segment);
        if (known != null || sections.size() >= SECTIONS_KEPT) {
            return known;
        }
        String previous = sections.putIfAbsent(segment, segment);
        return previous == null ? segment : previous;
    }

    private static boolean isErrorPage(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null;
    }
}
