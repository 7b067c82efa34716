package com.frameworkfork.web;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * A long-lived random id that lets the site recognise a returning visitor (one heart each)
 * without a login or a server-side session.
 */
@Component
public class VisitorCookie {

    public static final String NAME = "ff_visitor";

    private static final Duration LIFETIME = Duration.ofDays(730);
    private static final Pattern VALID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** Returns the visitor's id, issuing a new cookie when the request has none or a malformed one. */
    public String getOrIssue(HttpServletRequest request, HttpServletResponse response) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (NAME.equals(cookie.getName()) && cookie.getValue() != null && VALID.matcher(cookie.getValue()).matches()) {
                    return cookie.getValue();
                }
            }
        }
        String id = UUID.randomUUID().toString();
        ResponseCookie cookie = ResponseCookie.from(NAME, id)
                .path("/")
                .maxAge(LIFETIME)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        return id;
    }
}
