package com.frameworkfork.web.cache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled  whether shared pages are kept at all
 * @param lifetime how long a kept page is served before it is rendered again; also how late another
 *                 instance behind the load balancer may show a change
 * @param maxPages how many renderings are kept at once (the least recently used go first)
 */
@ConfigurationProperties("site.page-cache")
record PageCacheProperties(@DefaultValue("true") boolean enabled,
                           @DefaultValue("1s") Duration lifetime,
                           @DefaultValue("2000") long maxPages) {
}
