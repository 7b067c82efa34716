package com.frameworkfork.web.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.frameworkfork.web.ClientKey;
import com.frameworkfork.web.limits.RateLimiter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in front of the sign-in check: a client over its rate limit gets 429, and a locked-out
 * client is sent back to the sign-in page before its password is even looked at, so during a
 * lockout the right password does not get in either.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    static final String LOGIN_PATH = "/login";
    private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LOGIN_PATH);

    private final RateLimiter attempts;
    private final LoginThrottle throttle;

    LoginThrottleFilter(RateLimiter attempts, LoginThrottle throttle) {
        this.attempts = attempts;
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SIGN_IN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = ClientKey.of(request);
        RateLimiter.Decision decision = attempts.tryAcquire(client);
        if (!decision.allowed()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        if (!throttle.lockedFor(client).isZero()
                || !throttle.lockedFor(LoginThrottle.account(request.getParameter("username"))).isZero()) {
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + LOGIN_PATH + "?locked");
            return;
        }
        chain.doFilter(request, response);
    }
}
