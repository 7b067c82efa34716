package com.frameworkfork.site;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rendered public pages, kept for a moment and served again without running the controller or
 * the template. A controller opts a page in with {@link #allow}; whatever changes a page's content
 * calls {@link #evict} or {@link #evictAll}, and the short lifetime bounds how long another
 * instance behind the load balancer may show the older version.
 */
@Component
public class PageCache {

    private static final String ALLOWED = PageCache.class.getName() + ".allowed";
    private static final Consumer<HttpServletRequest> NOTHING = request -> { };

    private final boolean enabled;
    private final Duration lifetime;
    private final Cache<String, CachedPage> pages;
    private final Map<String, CompletableFuture<CachedPage>> rendering = new ConcurrentHashMap<>();

    public PageCache(@Value("${site.page-cache.enabled:true}") boolean enabled,
                     @Value("${site.page-cache.lifetime:1s}") Duration lifetime,
                     @Value("${site.page-cache.max-pages:2000}") long maxPages) {
        this.enabled = enabled;
        this.lifetime = lifetime;
        this.pages = Caffeine.newBuilder()
                .maximumSize(maxPages)
                .expireAfterWrite(lifetime.multipliedBy(30))
                .build();
    }

    /** The page being rendered for this request is the same for every reader and may be kept. */
    public void allow(HttpServletRequest request) {
        allow(request, NOTHING);
    }

    /**
     * As {@link #allow(HttpServletRequest)}, with what must still happen for each reader the kept
     * page is served to, such as counting a view.
     */
    public void allow(HttpServletRequest request, Consumer<HttpServletRequest> onServe) {
        request.setAttribute(ALLOWED, onServe);
    }

    /**
     * Drops every kept version of the page at this path, now and again when the current
     * transaction commits, so a page rendered between the two cannot keep the old content.
     */
    public void evict(String path) {
        afterCommitToo(() -> pages.asMap().keySet().removeIf(key -> pathOf(key).equals(path)));
    }

    public void evictAll() {
        afterCommitToo(pages::invalidateAll);
    }

    private static void afterCommitToo(Runnable eviction) {
        eviction.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    eviction.run();
                }
            });
        }
    }

    boolean enabled() {
        return enabled;
    }

    CachedPage get(String key) {
        return pages.getIfPresent(key);
    }

    @SuppressWarnings("unchecked")
    Consumer<HttpServletRequest> allowance(HttpServletRequest request) {
        return (Consumer<HttpServletRequest>) request.getAttribute(ALLOWED);
    }

    void put(String key, CachedPage page) {
        pages.put(key, page);
    }

    /** Registers a rendering of the page under this key; returns the one already under way instead, if any. */
    CompletableFuture<CachedPage> startRendering(String key, CompletableFuture<CachedPage> mine) {
        return rendering.putIfAbsent(key, mine);
    }

    void finishRendering(String key, CompletableFuture<CachedPage> mine) {
        rendering.remove(key, mine);
    }

    long expiry(long nowNanos) {
        return nowNanos + lifetime.toNanos();
    }

    /** HTTPS pages carry HSTS and plain ones do not, so the scheme is part of the key. */
    static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        return (request.isSecure() ? "https " : "http ") + request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    private static String pathOf(String key) {
        int start = key.indexOf(' ') + 1;
        int query = key.indexOf('?', start);
        return query < 0 ? key.substring(start) : key.substring(start, query);
    }
}
