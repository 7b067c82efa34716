package com.frameworkfork.site;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param commentsPerMinute how many comments one client may post in a minute
 * @param heartsPerMinute   how many hearts one client may send in a minute
 * @param verdictsPerMinute how many verdicts one client may create through the API in a minute
 * @param loginsPerMinute   how many sign-in attempts one client may make in a minute
 * @param trackedClients    how many client addresses are remembered at once; the least recently
 *                          seen are forgotten first, so memory stays bounded under a flood
 */
@ConfigurationProperties("site.rate-limit")
public record RateLimitProperties(@DefaultValue("5") int commentsPerMinute,
                                  @DefaultValue("30") int heartsPerMinute,
                                  @DefaultValue("30") int verdictsPerMinute,
                                  @DefaultValue("10") int loginsPerMinute,
                                  @DefaultValue("100000") long trackedClients) {
}
