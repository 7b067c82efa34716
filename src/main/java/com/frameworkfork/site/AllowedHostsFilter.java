package com.frameworkfork.site;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Django's ALLOWED_HOSTS: a request naming any other host in its Host header is refused with 400,
 * so a forged Host can never leak into absolute links or cache keys.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AllowedHostsFilter extends OncePerRequestFilter {

    private final Set<String> allowed;

    public AllowedHostsFilter(@Value("${site.allowed-hosts}") Set<String> allowed) {
        this.allowed = allowed.stream()
                .map(host -> host.strip().toLowerCase(Locale.ROOT))
                .filter(host -> !host.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!allowed.contains(request.getServerName().toLowerCase(Locale.ROOT))) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Unknown host");
            return;
        }
        chain.doFilter(request, response);
    }
}
