package com.frameworkfork.web.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The response headers every page carries. Everything the site serves comes from itself, so the
 * Content-Security-Policy allows only 'self' and never inline scripts or styles.
 */
final class SiteHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

    /**
     * The same on every response, whoever writes it: Spring Security for the application's answers,
     * {@link ProtectiveHeadersValve} for those Tomcat gives itself.
     */
    static final Map<String, String> ON_EVERY_RESPONSE = onEveryResponse();

    private SiteHeaders() {
    }

    static void apply(HeadersConfigurer<HttpSecurity> headers) {
        headers
                .defaultsDisabled()
                .cacheControl(Customizer.withDefaults())
                .xssProtection(Customizer.withDefaults())
                // Written only on HTTPS requests, which includes those a trusted proxy forwarded with X-Forwarded-Proto.
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
        ON_EVERY_RESPONSE.forEach((name, value) -> headers.addHeaderWriter(new StaticHeadersWriter(name, value)));
    }

    private static Map<String, String> onEveryResponse() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Frame-Options", "DENY");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.put("Permissions-Policy", PERMISSIONS_POLICY);
        return Collections.unmodifiableMap(headers);
    }
}
