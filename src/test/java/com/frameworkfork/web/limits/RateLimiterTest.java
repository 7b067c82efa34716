package com.frameworkfork.web.limits;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RateLimiterTest {

    @Test
    void eachClientHasItsOwnAllowance() {
        RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(1), 100);

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        }
        RateLimiter.Decision refused = limiter.tryAcquire("a");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 20L);
        assertThat(limiter.tryAcquire("b").allowed()).isTrue();
    }

    @Test
    void aLimitNeedsACapacity() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimiter(0, Duration.ofMinutes(1), 100));
    }
}
