package com.frameworkfork.web.errors;

import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.frameworkfork.web.server.RequestBodyDeadline;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.Parameters;
import org.apache.tomcat.util.res.StringManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests that are broken at the protocol level before anything tries to read them, so
 * they get a plain 4xx instead of failing deep inside the framework with a 500: a Content-Type that
 * does not parse or is a wildcard (Spring asserts it is not), and parameters Tomcat cannot read
 * (it throws when they are first read), each told apart and explained: too many fields, a form
 * too large, text that is not valid percent-encoded UTF-8, a form that did not arrive whole, a
 * field without a name; a form body that missed its deadline ({@link RequestBodyDeadline}) already
 * has Tomcat's answer. Boot's own error page is only for errors; asked for directly, with no
 * error to show, it is simply not found.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MalformedRequestFilter extends OncePerRequestFilter {

    private static final String ERROR_PATH = "/error";

    private final String tooManyFields;
    private final String tooLarge;
    /**
     * Tomcat's own words when a request has more parameters than it allows. A nameless field fails
     * the same way (a 400 without a cause), so the text is what tells the two apart.
     */
    private final String tomcatsTooManyParameters;

    MalformedRequestFilter(@Value("${server.tomcat.max-parameter-count:1000}") int maxParameterCount,
                           @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize maxFormSize) {
        String fields = NumberFormat.getIntegerInstance(Locale.ENGLISH).format(maxParameterCount);
        this.tooManyFields = "The form sent more than " + fields + " fields, far more than any form on this site "
                + "has. Reload the page and send the form from it again.";
        this.tooLarge = "The form sent is larger than " + readable(maxFormSize) + ", more than any form on this "
                + "site takes. Shorten what you wrote and send it again.";
        this.tomcatsTooManyParameters = StringManager.getManager(Parameters.class)
                .getString("parameters.maxCountFail", maxParameterCount);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasUsableContentType(request)) {
            refuse(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The request's Content-Type is not valid. Send "
                    + "forms as application/x-www-form-urlencoded and API requests as application/json.");
            return;
        }
        try {
            request.getParameterMap();
        } catch (IllegalArgumentException | IllegalStateException unreadable) {
            // A body that missed its deadline already has Tomcat's answer to a failed read: the 400 error page.
            if (!RequestBodyDeadline.Exceeded.isCauseOf(unreadable)) {
                refuseUnreadableParameters(response, unreadable);
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

    private void refuseUnreadableParameters(HttpServletResponse response, RuntimeException unreadable)
            throws IOException {
        if (!(unreadable instanceof InvalidParameterException tomcat)) {
            refuse(response, HttpStatus.BAD_REQUEST, "The form could not be read. Reload the page and send the "
                    + "form from it again.");
            return;
        }
        Throwable cause = tomcat.getCause();
        if (tomcat.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()) {
            refuse(response, HttpStatus.CONTENT_TOO_LARGE, tooLarge);
        } else if (cause instanceof CharConversionException || cause instanceof CharacterCodingException) {
            refuse(response, HttpStatus.BAD_REQUEST, "Part of the address or the form is not valid text: a % sign "
                    + "must be followed by two hexadecimal digits, and the text must be UTF-8. If you typed the "
                    + "address, check it; otherwise reload the page and send the form from it again.");
        } else if (cause instanceof IOException) {
            refuse(response, HttpStatus.BAD_REQUEST, "The form did not arrive complete. Send it again.");
        } else if (tomcatsTooManyParameters.equals(tomcat.getMessage())) {
            refuse(response, HttpStatus.BAD_REQUEST, tooManyFields);
        } else {
            refuse(response, HttpStatus.BAD_REQUEST, "The form could not be read: one of its fields has no name. "
                    + "Reload the page and send the form from it again.");
        }
    }

    private static String readable(DataSize size) {
        return size.toBytes() % DataSize.ofMegabytes(1).toBytes() == 0 ? size.toMegabytes() + " MB"
                : size.toKilobytes() + " KB";
    }

    /** Answered here in plain text: the error page would have to read the same broken request again. */
    private static void refuse(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
