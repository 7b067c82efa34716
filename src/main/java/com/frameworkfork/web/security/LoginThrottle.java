package com.frameworkfork.web.security;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.frameworkfork.web.ClientKey;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Locks a client out of signing in once it has sent too many wrong passwords: each client has a
 * Bucket4j allowance of {@code maxFailures} wrong passwords, given back gradually over the window;
 * the failure that empties it locks the client out for the lockout period. Accounts are counted the
 * same way, so guesses spread over many addresses still lock the account they target. It listens to Spring
 * Security's own authentication events. State lives in this instance's memory, bounded in size;
 * several instances each keep their own count.
 */
public class LoginThrottle {

    private final SignInProperties settings;
    private final TimeMeter time;
    private final Cache<String, Bucket> allowances;
    private final Cache<String, Boolean> lockedOut;

    LoginThrottle(SignInProperties settings, long maxTrackedClients, Ticker ticker) {
        this.settings = settings;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return ticker.read();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
        this.allowances = Caffeine.newBuilder().maximumSize(maxTrackedClients)
                .expireAfterAccess(settings.window()).ticker(ticker).build();
        this.lockedOut = Caffeine.newBuilder().maximumSize(maxTrackedClients)
                .expireAfterWrite(settings.lockout()).ticker(ticker).build();
    }

    /** How much longer the client is locked out; zero when it may try to sign in. */
    public Duration lockedFor(String client) {
        return lockedOut.policy().expireAfterWrite().orElseThrow()
                .ageOf(client, TimeUnit.NANOSECONDS)
                .stream().mapToObj(age -> settings.lockout().minusNanos(age))
                .filter(left -> !left.isNegative() && !left.isZero())
                .findFirst().orElse(Duration.ZERO);
    }

    /** The lockout left, in whole minutes rounded up so the page never says "0 minutes" while it lasts. */
    public long lockedMinutes(String client) {
        Duration left = lockedFor(client);
        return left.isZero() ? 0 : Math.max(1, (left.toSeconds() + 59) / 60);
    }

    /** The throttle's key for an account, which is locked out as a client is, whatever address tries it. */
    public static String account(String username) {
        return "account " + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    @EventListener
    void wrongPassword(AuthenticationFailureBadCredentialsEvent failure) {
        String client = clientOf(failure.getAuthentication());
        if (client != null) {
            countFailure(client);
        }
        countFailure(account(failure.getAuthentication().getName()));
    }

    private void countFailure(String client) {
        Bucket allowance = allowances.get(client, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(settings.maxFailures())
                        .refillIntervally(settings.maxFailures(), settings.window()).build())
                .withCustomTimePrecision(time)
                .build());
        if (allowance.tryConsumeAndReturnRemaining(1).getRemainingTokens() == 0) {
            lockedOut.put(client, Boolean.TRUE);
            allowances.invalidate(client);
        }
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent success) {
        String client = clientOf(success.getAuthentication());
        if (client != null) {
            allowances.invalidate(client);
        }
        allowances.invalidate(account(success.getAuthentication().getName()));
    }

    private static String clientOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web ? ClientKey.of(web.getRemoteAddress()) : null;
    }
}
