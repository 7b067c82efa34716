package com.frameworkfork.web.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Resolves the deferred CSRF token before the page renders. A form near the end of a long page
 * would otherwise create the token after the response has started streaming, when it is too late
 * to send the cookie that holds it, and the form's POST would be refused.
 */
class CsrfCookieFilter extends OncePerRequestFilter {

    /**
     * The JSON API and the health check take no token and must set no cookie; files such as the
     * stylesheet hold no forms.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/api/") || path.startsWith("/actuator/") || path.startsWith("/assets/")
                || path.contains(".");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (token != null) {
            token.getToken();
        }
        chain.doFilter(request, response);
    }
}
