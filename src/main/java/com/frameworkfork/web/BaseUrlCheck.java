package com.frameworkfork.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Catches a site left at its localhost {@code site.base-url} while readers reach it under another
 * name, which makes every share link, canonical link, feed entry and sitemap address point at
 * localhost. It says so at start-up when the allowed host names already show it, and on the first
 * request that arrives under another name; the back office's dashboard repeats it until fixed.
 */
// Ahead of the page cache, which answers most reader requests without passing them on.
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class BaseUrlCheck extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(BaseUrlCheck.class);
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final SiteProperties site;
    private final boolean baseUrlIsLoopback;
    private final AtomicReference<String> reachedAs = new AtomicReference<>();

    BaseUrlCheck(SiteProperties site) {
        this.site = site;
        this.baseUrlIsLoopback = isLoopback(URI.create(site.baseUrl()).getHost());
    }

    static boolean isLoopback(String host) {
        return host == null || LOOPBACK.contains(host.toLowerCase(Locale.ROOT)) || host.startsWith("127.");
    }

    /** What the dashboard shows: the host name readers used while the base URL still names this machine. */
    public Optional<String> publicHostWithLocalBaseUrl() {
        return Optional.ofNullable(reachedAs.get());
    }

    public String baseUrl() {
        return site.baseUrl();
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnAtStartUp() {
        if (!baseUrlIsLoopback) {
            return;
        }
        site.hosts().stream().filter(host -> !isLoopback(host)).findFirst().ifPresent(host -> LOG.warn(
                "\n*** site.base-url is {} but readers may reach this site as {} (site.allowed-hosts, site.extra-hosts).\n"
                        + "*** Share links, canonical links, the feed and the sitemap will all point at {}.\n"
                        + "*** Set SITE_BASE_URL to the public address, such as https://{}.", site.baseUrl(), host, site.baseUrl(), host));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !baseUrlIsLoopback || reachedAs.get() != null || isLoopback(request.getServerName());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String host = request.getServerName().toLowerCase(Locale.ROOT);
        if (site.hosts().contains(host) && reachedAs.compareAndSet(null, host)) {
            LOG.warn("\n*** A reader reached this site as {} while site.base-url is {}: share links, canonical links, "
                    + "the feed and the sitemap point at the wrong address. Set SITE_BASE_URL.", host, site.baseUrl());
        }
        chain.doFilter(request, response);
    }
}
