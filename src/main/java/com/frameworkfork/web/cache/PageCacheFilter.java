package com.frameworkfork.web.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves kept pages first thing in the security chain, right after its firewall has checked the
 * request, and keeps the shared pages it renders. A kept page replays the headers its first rendering
 * got (the security headers among them) and gets this reader's own CSRF token, issued by the same
 * repository and handler the rest of the chain uses, so its forms work exactly as if freshly rendered.
 */
class PageCacheFilter extends OncePerRequestFilter {

    private static final byte[] NO_TOKEN = new byte[0];
    private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "content-length", "date", "transfer-encoding");
    /** The cookies of the reader's own CSRF token, the only cookies a page may set and still be kept. */
    private final Set<String> csrfCookies;
    /** Longer than any healthy rendering; past it a waiting reader renders the page itself. */
    private static final Duration RENDERING_WAIT = Duration.ofSeconds(5);

    private final PageCache cache;
    private final CsrfTokenRepository csrfTokens;
    private final CsrfTokenRequestHandler csrfHandler;

    PageCacheFilter(PageCache cache, CsrfTokenRepository csrfTokens, CsrfTokenRequestHandler csrfHandler,
                    Set<String> csrfCookies) {
        this.cache = cache;
        this.csrfCookies = Set.copyOf(csrfCookies);
        this.csrfTokens = csrfTokens;
        this.csrfHandler = csrfHandler;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // A signed-in editor has a session and always sees pages rendered for them.
        PageCache.Match shared = cache.enabled() && "GET".equals(request.getMethod())
                && request.getRequestedSessionId() == null ? cache.match(request) : null;
        if (shared == null) {
            chain.doFilter(request, response);
            return;
        }
        String key = PageCache.key(request);
        CachedPage kept = cache.get(key);
        if (kept != null && (kept.isFresh(cache.now()) || !kept.claimRefresh())) {
            serve(kept, shared, request, response);
            return;
        }
        if (kept != null) {
            CachedPage refreshed = null;
            try {
                refreshed = render(key, request, response, chain);
            } finally {
                if (refreshed == null) {
                    kept.releaseRefresh();
                }
            }
            return;
        }
        // Nothing to serve, not even a stale copy: one request renders the page and the readers who
        // arrive meanwhile wait for it, rather than every one of them rendering it at once.
        CompletableFuture<CachedPage> rendering = new CompletableFuture<>();
        CompletableFuture<CachedPage> alreadyRendering = cache.startRendering(key, rendering);
        if (alreadyRendering != null) {
            CachedPage rendered = awaitRendering(alreadyRendering);
            if (rendered != null) {
                serve(rendered, shared, request, response);
            } else {
                render(key, request, response, chain);
            }
            return;
        }
        CachedPage rendered = null;
        try {
            rendered = render(key, request, response, chain);
        } finally {
            rendering.complete(rendered);
            cache.finishRendering(key, rendering);
        }
    }

    /** Renders through the rest of the chain; returns the page if it was kept, null otherwise. */
    private CachedPage render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long startedAt = cache.now();
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, capture);
        CachedPage page = keepable(request, capture);
        if (page == null || !cache.put(key, page, startedAt)) {
            capture.copyBodyToResponse();
            return null;
        }
        // The reader who caused the rendering gets exactly what later readers will get.
        capture.resetBuffer();
        write(page, request, response);
        return page;
    }

    /** The page another request is rendering, or null if it was not kept or took too long. */
    private static CachedPage awaitRendering(CompletableFuture<CachedPage> rendering) {
        try {
            return rendering.get(RENDERING_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    private void serve(CachedPage page, PageCache.Match shared, HttpServletRequest request,
                       HttpServletResponse response) throws IOException {
        shared.served(request);
        // Set rather than added: the container has already put the protective headers on every response.
        page.headers().forEach((name, values) -> {
            response.setHeader(name, values.get(0));
            values.stream().skip(1).forEach(value -> response.addHeader(name, value));
        });
        write(page, request, response);
    }

    private void write(CachedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] token = NO_TOKEN;
        if (page.needsCsrfToken()) {
            // A request that went through the rest of the chain already has its token; a kept page
            // served without it gets one here, from the same repository and handler.
            if (request.getAttribute(CsrfToken.class.getName()) == null) {
                DeferredCsrfToken deferred = csrfTokens.loadDeferredToken(request, response);
                csrfHandler.handle(request, response, deferred::get);
            }
            token = ((CsrfToken) request.getAttribute(CsrfToken.class.getName())).getToken().getBytes(StandardCharsets.UTF_8);
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentLength(page.length(token));
        page.writeTo(response.getOutputStream(), token);
    }

    /**
     * The rendering as a page to keep if it is a plain successful HTML page; null otherwise. A page
     * rendered for one person (an editor's, with its edit links) says so with {@code Cache-Control:
     * private}, which a shared cache never keeps.
     */
    private CachedPage keepable(HttpServletRequest request, ContentCachingResponseWrapper response) {
        String contentType = response.getContentType();
        String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
        if (response.getStatus() != HttpServletResponse.SC_OK || contentType == null
                || !contentType.startsWith("text/html") || setsOtherCookies(response)
                || cacheControl != null && cacheControl.contains("private")) {
            return null;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, new ArrayList<>(response.getHeaders(name)));
            }
        }
        headers.put(HttpHeaders.CONTENT_TYPE, List.of(contentType));
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        return CachedPage.of(headers, body, csrf == null ? null : csrf.getToken(), cache.expiry(cache.now()));
    }

    private boolean setsOtherCookies(HttpServletResponse response) {
        return response.getHeaders(HttpHeaders.SET_COOKIE).stream()
                .map(cookie -> cookie.substring(0, Math.max(0, cookie.indexOf('='))))
                .anyMatch(name -> !csrfCookies.contains(name));
    }
}
