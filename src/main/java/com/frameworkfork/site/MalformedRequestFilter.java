package com.frameworkfork.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests that are broken at the protocol level before anything tries to read them, so
 * they get a plain 4xx instead of failing deep inside the framework with a 500: a Content-Type that
 * does not parse or is a wildcard (Spring asserts it is not), parameters that are not valid
 * percent-encoded UTF-8 (Tomcat throws when they are first read), and a form body that did not
 * arrive within its deadline ({@link RequestBodyDeadline}). Boot's own error page is only
 * for errors; asked for directly, with no error to show, it is simply not found.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MalformedRequestFilter extends OncePerRequestFilter {

    private static final String ERROR_PATH = "/error";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasUsableContentType(request)) {
            refuse(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The request's Content-Type is not valid.");
            return;
        }
        try {
            request.getParameterMap();
        } catch (IllegalArgumentException | IllegalStateException unreadable) {
            // A body that missed its deadline already has Tomcat's answer to a failed read: the 400 error page.
            if (!RequestBodyDeadline.Exceeded.isCauseOf(unreadable)) {
                refuse(response, HttpStatus.BAD_REQUEST, "The request's parameters are not valid percent-encoded UTF-8.");
            }
            return;
        }
        if (ERROR_PATH.equals(request.getRequestURI()) && request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasUsableContentType(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException notAMediaType) {
            return false;
        }
    }

    /** Answered here in plain text: the error page would have to read the same broken request again. */
    private static void refuse(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
