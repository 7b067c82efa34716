package com.frameworkfork.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;

/**
 * Remembers the back-office page an anonymous visitor asked for, to go there after signing in, in
 * a cookie holding only its address (Spring Security's {@link CookieRequestCache}): the default
 * keeps the whole request in a new HTTP session, which let anonymous requests fill the heap.
 * Only GETs of the back office with a short address are remembered, so the cookie always fits in
 * a response header; a longer one lands on the dashboard. The cookie only ever names a path on
 * this site. One that does not parse (a broken client, or planted from a sibling subdomain) makes
 * CookieRequestCache throw on every request that carries it, so here it counts as no page at all.
 */
final class SignInDestination implements RequestCache {

    private static final int MAX_REMEMBERED_ADDRESS = 1024;

    private final CookieRequestCache cookie = new CookieRequestCache();

    SignInDestination() {
        cookie.setRequestMatcher(new AndRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/admin/**"),
                request -> addressLength(request) <= MAX_REMEMBERED_ADDRESS));
        cookie.setCookieCustomizer(remembered -> remembered.setAttribute("SameSite", "Lax"));
    }

    @Override
    public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
        cookie.saveRequest(request, response);
    }

    @Override
    public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
        try {
            return cookie.getRequest(request, response);
        } catch (IllegalArgumentException unreadable) {
            cookie.removeRequest(request, response);
            return null;
        }
    }

    @Override
    public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
        try {
            return cookie.getMatchingRequest(request, response);
        } catch (IllegalArgumentException unreadable) {
            cookie.removeRequest(request, response);
            return null;
        }
    }

    @Override
    public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
        cookie.removeRequest(request, response);
    }

    private static int addressLength(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI().length() + (query == null ? 0 : query.length() + 1);
    }
}
