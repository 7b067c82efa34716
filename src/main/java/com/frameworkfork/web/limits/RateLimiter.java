package com.frameworkfork.web.limits;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * A token bucket per client: {@code capacity} requests per {@code period}, refilled gradually. The
 * buckets live in a bounded cache that forgets a client once its bucket would be full again, so
 * a client that went quiet costs nothing. One instance per protected action (comments, hearts...).
 */
public class RateLimiter {

    private final long capacity;
    private final Duration period;
    private final Cache<String, Bucket> buckets;

    public RateLimiter(long capacity, Duration period, long maxTrackedClients) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A rate limit needs a capacity of at least 1, not " + capacity);
        }
        this.capacity = capacity;
        this.period = period;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxTrackedClients)
                .expireAfterAccess(period)
                .build();
    }

    /** Takes one request from the client's allowance; the answer says how long to wait when none is left. */
    public Decision tryAcquire(String client) {
        Bucket bucket = buckets.get(client, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Decision.ALLOWED;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        return new Decision(false, seconds);
    }

    public record Decision(boolean allowed, long retryAfterSeconds) {
        static final Decision ALLOWED = new Decision(true, 0);
    }
}
