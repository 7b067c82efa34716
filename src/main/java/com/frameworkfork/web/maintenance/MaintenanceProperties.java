package com.frameworkfork.web.maintenance;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled         true switches maintenance mode on in the database at start-up; the back office
 *                        switches it off again
 * @param refreshInterval how long an instance trusts its last reading of the switch
 * @param retryAfter      how long a client refused a write during maintenance is told to wait
 *                        ({@code Retry-After}); the site cannot know when maintenance ends, so this is a guess
 */
@ConfigurationProperties("site.maintenance")
record MaintenanceProperties(@DefaultValue("false") boolean enabled,
                             @DefaultValue("2s") Duration refreshInterval,
                             @DefaultValue("5m") Duration retryAfter) {
}
