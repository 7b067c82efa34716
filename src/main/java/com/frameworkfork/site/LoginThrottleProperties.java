package com.frameworkfork.site;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxFailures how many wrong passwords one client may send within {@code window}
 * @param window      how long a wrong password is remembered
 * @param lockout     how long the client is then refused, whatever it sends
 */
@ConfigurationProperties("site.login-throttle")
public record LoginThrottleProperties(@DefaultValue("5") int maxFailures,
                                      @DefaultValue("15m") Duration window,
                                      @DefaultValue("15m") Duration lockout) {
}
