package com.frameworkfork.web;

import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A value every page's template may use, whichever controller, exception handler or error page made
 * the page: registered as a bean by the package that knows it. It is added as each page renders
 * ({@link PageView}), and a page whose model already holds the name keeps its own value.
 *
 * @param name  the template's name for it
 * @param value what it is for this request; may be null
 */
public record PageAttribute(String name, Function<HttpServletRequest, Object> value) {

    public static PageAttribute fixed(String name, Object value) {
        return new PageAttribute(name, request -> value);
    }
}
