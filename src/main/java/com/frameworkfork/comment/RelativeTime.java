package com.frameworkfork.comment;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Says when something happened the way a person would, relative to now. Both times are UTC. */
final class RelativeTime {

    private static final DateTimeFormatter ON_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final int DAYS_SPELLED_OUT = 7;

    private RelativeTime() {
    }

    static String describe(LocalDateTime then, LocalDateTime now) {
        Duration ago = Duration.between(then, now);
        if (ago.toMinutes() < 1) {
            return "just now";
        }
        if (ago.toHours() < 1) {
            return plural(ago.toMinutes(), "minute") + " ago";
        }
        long days = ChronoUnit.DAYS.between(then.toLocalDate(), now.toLocalDate());
        if (days == 0) {
            return plural(ago.toHours(), "hour") + " ago";
        }
        if (days == 1) {
            return "yesterday";
        }
        if (days < DAYS_SPELLED_OUT) {
            return days + " days ago";
        }
        return "on " + then.format(ON_DATE);
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
