package com.frameworkfork.site;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param commentsPerMinute     how many comments one client may post in a minute
 * @param heartsPerMinute       how many hearts one client may send in a minute
 * @param verdictsPerMinute     how many verdicts one client may create through the API in a minute
 * @param quizStartsPerMinute   how many quizzes one client may start in a minute; a reader starts one,
 *                              or a few to try other answers, so 10 is never in the way
 * @param quizVerdictsPerMinute how many new verdicts one client may make in a minute by finishing quizzes;
 *                              each needs a changed answer and the last question posted again, so a
 *                              person clicking quickly makes well under 30, and finishing again with
 *                              answers the quiz already had costs nothing
 * @param loginsPerMinute       how many sign-in attempts one client may make in a minute
 * @param trackedClients        how many client addresses are remembered at once; the least recently
 *                              seen are forgotten first, so memory stays bounded under a flood
 */
@ConfigurationProperties("site.rate-limit")
public record RateLimitProperties(@DefaultValue("5") int commentsPerMinute,
                                  @DefaultValue("30") int heartsPerMinute,
                                  @DefaultValue("30") int verdictsPerMinute,
                                  @DefaultValue("10") int quizStartsPerMinute,
                                  @DefaultValue("30") int quizVerdictsPerMinute,
                                  @DefaultValue("10") int loginsPerMinute,
                                  @DefaultValue("100000") long trackedClients) {
}
