package com.frameworkfork.web.limits;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.frameworkfork.web.ClientKey;
import com.frameworkfork.web.ReaderWrite;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Applies a {@link RateLimiter} to the posts of one reader write, keyed by {@link ClientKey}: behind a
 * trusted proxy the real client's address, an IPv6 client by its /64. Most writes use the allowance
 * on every post; a write whose handler only sometimes does the limited thing gets the client's
 * {@link ClientAllowance} to spend instead.
 */
class RateLimitInterceptor implements HandlerInterceptor {

    private final RateLimiter limiter;
    private final ReaderWrite write;

    RateLimitInterceptor(RateLimiter limiter, ReaderWrite write) {
        this.limiter = limiter;
        this.write = write;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"POST".equals(request.getMethod())) {
            return true;
        }
        request.setAttribute(ReaderWrite.ATTRIBUTE, write);
        ClientAllowance allowance = new ClientAllowance(limiter, ClientKey.of(request));
        if (write.spentByHandler()) {
            request.setAttribute(ReaderWrite.ALLOWANCE, allowance);
        } else {
            allowance.use();
        }
        return true;
    }
}
