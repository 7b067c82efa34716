package com.frameworkfork.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Applies a {@link RateLimiter} to the POSTs on the paths it is registered for, keyed by
 * {@link ClientKey}: behind a trusted proxy the real client's address, an IPv6 client by its /64.
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
        ClientAllowance allowance = new ClientAllowance(limiter, ClientKey.of(request));
        if (usedByHandler) {
            request.setAttribute(ClientAllowance.ATTRIBUTE, allowance);
        } else {
            allowance.use();
        }
        return true;
    }
}
