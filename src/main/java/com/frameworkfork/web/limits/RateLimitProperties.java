package com.frameworkfork.web.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param trackedClients how many client addresses each limit remembers at once; the least recently
 *                       seen are forgotten first, so memory stays bounded under a flood
 */
@ConfigurationProperties("site.rate-limit")
public record RateLimitProperties(@DefaultValue("100000") long trackedClients) {
}
