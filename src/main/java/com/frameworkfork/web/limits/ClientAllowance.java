package com.frameworkfork.web.limits;

/**
 * One client's allowance under a rate limit, handed to a handler that only sometimes does the
 * limited thing (a quiz step makes a verdict only when it finishes the quiz with new answers), so
 * the allowance is used when that happens rather than on every request to the path. The handler
 * finds it under {@link com.frameworkfork.web.ReaderWrite#ALLOWANCE}.
 */
public final class ClientAllowance {

    private final RateLimiter limiter;
    private final String client;

    ClientAllowance(RateLimiter limiter, String client) {
        this.limiter = limiter;
        this.client = client;
    }

    /** Uses one request's worth of the allowance, or refuses with the time to wait. */
    public void use() {
        RateLimiter.Decision decision = limiter.tryAcquire(client);
        if (!decision.allowed()) {
            throw new RateLimitExceededException(decision.retryAfterSeconds());
        }
    }
}
