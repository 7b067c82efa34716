package com.frameworkfork.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Applies a {@link RateLimiter} to the POSTs on the paths it is registered for, keyed by client
 * address. Behind a proxy, Spring's forwarded-header handling makes that the real client's address.
 * Most paths use the allowance on every POST; for a path whose handler only sometimes does the
 * limited thing, the interceptor hands the handler the client's {@link ClientAllowance} instead.
 */
class RateLimitInterceptor implements HandlerInterceptor {

    private final RateLimiter limiter;
    private final boolean usedByHandler;

    private RateLimitInterceptor(RateLimiter limiter, boolean usedByHandler) {
        this.limiter = limiter;
        this.usedByHandler = usedByHandler;
    }

    static RateLimitInterceptor everyPost(RateLimiter limiter) {
        return new RateLimitInterceptor(limiter, false);
    }

    static RateLimitInterceptor usedByHandler(RateLimiter limiter) {
        return new RateLimitInterceptor(limiter, true);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"POST".equals(request.getMethod())) {
            return true;
        }
        ClientAllowance allowance = new ClientAllowance(limiter, request.getRemoteAddr());
        if (usedByHandler) {
            request.setAttribute(ClientAllowance.ATTRIBUTE, allowance);
        } else {
            allowance.use();
        }
        return true;
    }
}
