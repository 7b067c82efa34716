package com.frameworkfork.web.security;

import java.io.IOException;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account no longer allows it (see {@link SignedInAccounts}): the session is
 * invalidated and the person is sent to sign in again. Sessions record when they signed in.
 */
class SignedInAccountCheck extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = SignedInAccountCheck.class.getName() + ".signedInAt";

    private final SignedInAccounts accounts;

    SignedInAccountCheck(SignedInAccounts accounts) {
        this.accounts = accounts;
    }

    static void recordSignIn(HttpServletRequest request) {
        request.getSession().setAttribute(SIGNED_IN_AT, Instant.now());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && signedIn != null && signedIn.isAuthenticated()
                && !(signedIn instanceof AnonymousAuthenticationToken)) {
            Instant at = (Instant) session.getAttribute(SIGNED_IN_AT);
            if (at == null) {
                // Signed in some other way than the sign-in form (a test's mock user): count from now.
                at = Instant.now();
                session.setAttribute(SIGNED_IN_AT, at);
            }
            if (!accounts.stillValid(signedIn.getName(), at)) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/login?ended");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
