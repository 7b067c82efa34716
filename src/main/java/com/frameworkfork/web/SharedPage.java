package com.frameworkfork.web;

import java.util.Map;
import java.util.function.BiConsumer;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A page every reader sees alike, registered as a bean by the feature that renders it. The site may
 * keep such a page's rendering for a moment and serve it to the next readers without running its
 * controller; pages made for one reader (a quiz step, a verdict) are never registered.
 *
 * @param pathPattern a Spring path pattern such as {@code /articles/{slug}}; the query string is part
 *                    of what is kept, so {@code /articles?category=x} is kept apart from {@code /articles}
 * @param onServe     what must still happen for each reader a kept copy is served to, such as counting a
 *                    view; it gets the request and the pattern's variables
 */
public record SharedPage(String pathPattern, BiConsumer<HttpServletRequest, Map<String, String>> onServe) {

    private static final BiConsumer<HttpServletRequest, Map<String, String>> NOTHING = (request, variables) -> { };

    public static SharedPage of(String pathPattern) {
        return new SharedPage(pathPattern, NOTHING);
    }
}
