package com.frameworkfork.web.cache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param enabled  whether shared pages are kept at all
 * @param lifetime how long a kept page is served before it is rendered again; also how late another
 *                 instance behind the load balancer may show a change
 * @param maxSize  how much memory the kept renderings may take together (the least recently used go
 *                 first); a size, not a count, because every query string is a page of its own
 */
@ConfigurationProperties("site.page-cache")
record PageCacheProperties(@DefaultValue("true") boolean enabled,
                           @DefaultValue("1s") Duration lifetime,
                           @DefaultValue("8MB") DataSize maxSize) {
}
