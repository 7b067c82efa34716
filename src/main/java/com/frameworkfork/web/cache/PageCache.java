package com.frameworkfork.web.cache;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;

import com.frameworkfork.web.PublicContentChanged;
import com.frameworkfork.web.SharedPage;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Renderings of the pages features register as {@link SharedPage}s, kept for a moment and served
 * again without running the controller or the template. When a change readers can see commits
 * ({@link PublicContentChanged}), the pages showing it are dropped; the short lifetime bounds how long
 * another instance behind the load balancer may show the older version.
 */
@Component
public class PageCache {

    /** Far more paths than editors change within a stale copy's lifetime. */
    private static final int CHANGED_PATHS_REMEMBERED = 10_000;

    private final PageCacheProperties settings;
    private final List<Registered> shared;
    private final Ticker ticker;
    private final Cache<String, CachedPage> pages;
    private final Map<String, CompletableFuture<CachedPage>> rendering = new ConcurrentHashMap<>();
    /** When each path last changed, so a rendering begun before the change is not kept after it. */
    private final Cache<String, Long> pathChangedAt;
    private final AtomicLong everythingChangedAt;

    @Autowired
    PageCache(PageCacheProperties settings, List<SharedPage> sharedPages) {
        this(settings, sharedPages, Ticker.systemTicker());
    }

    PageCache(PageCacheProperties settings, List<SharedPage> sharedPages, Ticker ticker) {
        this.settings = settings;
        this.ticker = ticker;
        this.shared = sharedPages.stream()
                .map(page -> new Registered(PathPatternParser.defaultInstance.parse(page.pathPattern()), page))
                .toList();
        // Stale copies stay a while longer, to be served while one request renders the page afresh.
        long staleNanos = settings.lifetime().multipliedBy(30).toNanos();
        this.pages = Caffeine.newBuilder()
                .maximumWeight(settings.maxSize().toBytes())
                .weigher((String key, CachedPage page) -> page.size() + key.length())
                // Evictions run on the thread that keeps a page, so the bound holds as soon as it is kept.
                .executor(Runnable::run)
                .expireAfterWrite(staleNanos, TimeUnit.NANOSECONDS)
                .ticker(ticker)
                .build();
        this.pathChangedAt = Caffeine.newBuilder()
                .maximumSize(CHANGED_PATHS_REMEMBERED)
                .expireAfterWrite(staleNanos, TimeUnit.NANOSECONDS)
                .ticker(ticker)
                .build();
        this.everythingChangedAt = new AtomicLong(ticker.read() - 1);
    }

    /**
     * The filter that serves and keeps shared pages, for the security chain to run first: it issues a
     * reader's CSRF token with the chain's own repository and handler, and keeps a page only if the
     * token's cookies are the only ones it sets.
     */
    public Filter filter(CsrfTokenRepository csrfTokens, CsrfTokenRequestHandler csrfHandler, Set<String> csrfCookies) {
        return new PageCacheFilter(this, csrfTokens, csrfHandler, csrfCookies);
    }

    boolean enabled() {
        return settings.enabled();
    }

    /** The shared page this request asks for, or null when the page is rendered for each reader. */
    Match match(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        for (Registered page : shared) {
            PathPattern.PathMatchInfo info = page.pattern().matchAndExtract(path);
            if (info != null) {
                return new Match(page.page(), info.getUriVariables());
            }
        }
        return null;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(PublicContentChanged change) {
        long now = ticker.read();
        change.page().ifPresentOrElse(path -> {
            pathChangedAt.put(path, now);
            pages.asMap().keySet().removeIf(key -> pathOf(key).equals(path));
        }, () -> {
            everythingChangedAt.set(now);
            pages.invalidateAll();
        });
    }

    long now() {
        return ticker.read();
    }

    CachedPage get(String key) {
        return pages.getIfPresent(key);
    }

    /** Keeps a rendering unless what it shows changed after it began; returns whether it was kept. */
    boolean put(String key, CachedPage page, long renderingStartedAt) {
        Long pathChanged = pathChangedAt.getIfPresent(pathOf(key));
        boolean changedSince = everythingChangedAt.get() - renderingStartedAt >= 0
                || (pathChanged != null && pathChanged - renderingStartedAt >= 0);
        if (changedSince) {
            return false;
        }
        pages.put(key, page);
        return true;
    }

    /** Registers a rendering of the page under this key; returns the one already under way instead, if any. */
    CompletableFuture<CachedPage> startRendering(String key, CompletableFuture<CachedPage> mine) {
        return rendering.putIfAbsent(key, mine);
    }

    void finishRendering(String key, CompletableFuture<CachedPage> mine) {
        rendering.remove(key, mine);
    }

    long expiry(long nowNanos) {
        return nowNanos + settings.lifetime().toNanos();
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

    private record Registered(PathPattern pattern, SharedPage page) {
    }

    /** A request for a shared page, with the values of its pattern's variables. */
    record Match(SharedPage page, Map<String, String> variables) {

        void served(HttpServletRequest request) {
            page.onServe().accept(request, variables);
        }
    }
}
