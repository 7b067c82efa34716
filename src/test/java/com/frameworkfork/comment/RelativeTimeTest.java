package com.frameworkfork.comment;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RelativeTimeTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 6, 10, 14, 30);

    @Test
    void recentMomentsCountMinutesAndHours() {
        assertThat(RelativeTime.describe(NOW.minusSeconds(20), NOW)).isEqualTo("just now");
        assertThat(RelativeTime.describe(NOW.minusMinutes(1), NOW)).isEqualTo("1 minute ago");
        assertThat(RelativeTime.describe(NOW.minusMinutes(3), NOW)).isEqualTo("3 minutes ago");
        assertThat(RelativeTime.describe(NOW.minusMinutes(61), NOW)).isEqualTo("1 hour ago");
        assertThat(RelativeTime.describe(NOW.minusHours(14), NOW)).isEqualTo("14 hours ago");
    }

    @Test
    void olderMomentsUseTheCalendar() {
        assertThat(RelativeTime.describe(NOW.minusHours(15), NOW)).isEqualTo("yesterday");
        assertThat(RelativeTime.describe(NOW.minusDays(3), NOW)).isEqualTo("3 days ago");
        assertThat(RelativeTime.describe(LocalDateTime.of(2026, 6, 3, 9, 0), NOW)).isEqualTo("on 3 June 2026");
    }
}
