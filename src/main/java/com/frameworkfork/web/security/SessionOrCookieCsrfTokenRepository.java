package com.frameworkfork.web.security;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Keeps a CSRF token where nobody else can choose it. A signed-in admin has a session, and their
 * token lives in it, so a cookie planted from a sibling subdomain or over plain HTTP can never
 * stand in for it. Readers have no session: their token is in a cookie, so any instance can check
 * it and kept pages can carry it. Over HTTPS that cookie's name has the {@code __Host-} prefix,
 * which browsers accept only from this very host, over HTTPS, with no Domain and {@code Path=/}.
 */
final class SessionOrCookieCsrfTokenRepository implements CsrfTokenRepository {

    static final String COOKIE = "XSRF-TOKEN";
    static final String HTTPS_COOKIE = "__Host-XSRF-TOKEN";
    static final Set<String> COOKIES = Set.of(COOKIE, HTTPS_COOKIE);

    private final CsrfTokenRepository inSession = new HttpSessionCsrfTokenRepository();
    private final CsrfTokenRepository overHttp = cookie(COOKIE);
    private final CsrfTokenRepository overHttps = cookie(HTTPS_COOKIE);

    private static CsrfTokenRepository cookie(String name) {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        repository.setCookieName(name);
        repository.setCookieCustomizer(cookie -> cookie.path("/"));
        return repository;
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return forRequest(request).generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        forRequest(request).saveToken(token, request, response);
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return forRequest(request).loadToken(request);
    }

    private CsrfTokenRepository forRequest(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            return inSession;
        }
        return request.isSecure() ? overHttps : overHttp;
    }
}
