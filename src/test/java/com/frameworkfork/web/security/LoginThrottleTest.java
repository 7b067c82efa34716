package com.frameworkfork.web.security;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Ticker;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a lockout ends and which wrong passwords count towards one, with a clock the test moves. */
class LoginThrottleTest {

    private static final SignInProperties SETTINGS = new SignInProperties(10, 3, Duration.ofMinutes(15), Duration.ofMinutes(15));

    private final ManualTicker clock = new ManualTicker();
    private final LoginThrottle throttle = new LoginThrottle(SETTINGS, 100, clock);

    @Test
    void aLockoutLastsItsTimeAndThenLetsTheClientTryAgain() {
        for (int i = 0; i < SETTINGS.maxFailures(); i++) {
            throttle.failed("192.0.2.1");
        }
        assertThat(throttle.lockedFor("192.0.2.1")).isEqualTo(SETTINGS.lockout());
        assertThat(throttle.lockedFor("192.0.2.2")).isZero();

        clock.advance(SETTINGS.lockout().minusSeconds(1));
        assertThat(throttle.lockedMinutes("192.0.2.1")).as("the last second still reads as a minute").isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.lockedFor("192.0.2.1")).isZero();
        assertThat(throttle.lockedMinutes("192.0.2.1")).isZero();
    }

    @Test
    void wrongPasswordsOlderThanTheWindowDoNotCount() {
        for (int i = 1; i < SETTINGS.maxFailures(); i++) {
            throttle.failed("192.0.2.3");
        }
        clock.advance(SETTINGS.window().plusSeconds(1));

        throttle.failed("192.0.2.3");

        assertThat(throttle.lockedFor("192.0.2.3")).isZero();
    }

    private static final class ManualTicker implements Ticker {

        private long nanos = 1_000_000_000L;

        @Override
        public synchronized long read() {
            return nanos;
        }

        synchronized void advance(Duration by) {
            nanos += by.toNanos();
        }
    }
}
