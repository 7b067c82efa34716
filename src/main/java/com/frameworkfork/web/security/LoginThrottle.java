package com.frameworkfork.web.security;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Counts wrong passwords per client and locks a client out once it has sent too many within the
 * window. State lives in this instance's memory, bounded in size and forgotten after the window
 * and lockout have passed; several instances each keep their own count.
 */
public class LoginThrottle {

    private final SignInProperties settings;
    private final Ticker ticker;
    private final Cache<String, Failures> failures;

    public LoginThrottle(SignInProperties settings, long maxTrackedClients, Ticker ticker) {
        this.settings = settings;
        this.ticker = ticker;
        this.failures = Caffeine.newBuilder()
                .maximumSize(maxTrackedClients)
                .expireAfterAccess(settings.window().plus(settings.lockout()))
                .ticker(ticker)
                .build();
    }

    /** How much longer the client is locked out; zero when it may try to sign in. */
    public Duration lockedFor(String client) {
        Failures kept = failures.getIfPresent(client);
        if (kept == null) {
            return Duration.ZERO;
        }
        synchronized (kept) {
            if (!kept.locked) {
                return Duration.ZERO;
            }
            long remaining = kept.lockedUntil - ticker.read();
            return remaining > 0 ? Duration.ofNanos(remaining) : Duration.ZERO;
        }
    }

    /** The lockout left, in whole minutes rounded up so the page never says "0 minutes" while it lasts. */
    public long lockedMinutes(String client) {
        Duration left = lockedFor(client);
        return left.isZero() ? 0 : Math.max(1, (left.toSeconds() + 59) / 60);
    }

    public void failed(String client) {
        Failures kept = failures.get(client, key -> new Failures());
        long now = ticker.read();
        synchronized (kept) {
            long windowStart = now - settings.window().toNanos();
            while (!kept.times.isEmpty() && kept.times.peekFirst() < windowStart) {
                kept.times.removeFirst();
            }
            kept.times.addLast(now);
            if (kept.times.size() >= settings.maxFailures()) {
                kept.locked = true;
                kept.lockedUntil = now + settings.lockout().toNanos();
                kept.times.clear();
            }
        }
    }

    public void succeeded(String client) {
        failures.invalidate(client);
    }

    private static final class Failures {
        private final Deque<Long> times = new ArrayDeque<>();
        private boolean locked;
        private long lockedUntil;
    }
}
