package com.frameworkfork.web.limits;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Applies a {@link RateLimiter} to the POSTs on the paths it is registered for, keyed by client
 * address. Behind a proxy, Spring's forwarded-header handling makes that the real client's address.
 */
class RateLimitInterceptor implements HandlerInterceptor {

    private final RateLimiter limiter;

    RateLimitInterceptor(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"POST".equals(request.getMethod())) {
            return true;
        }
        RateLimiter.Decision decision = limiter.tryAcquire(request.getRemoteAddr());
        if (!decision.allowed()) {
            throw new RateLimitExceededException(decision.retryAfterSeconds());
        }
        return true;
    }
}
