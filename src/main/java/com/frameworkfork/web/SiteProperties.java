package com.frameworkfork.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param name         the site's name, shown in the header and titles
 * @param baseUrl      the public address, used for canonical links, Open Graph, the sitemap and the feed
 * @param allowedHosts like Django's ALLOWED_HOSTS: the host names requests may name; any other gets 400
 * @param extraHosts   host names added to {@code allowedHosts}, usually the public ones ({@code SITE_EXTRA_HOSTS})
 */
@ConfigurationProperties("site")
public record SiteProperties(@DefaultValue("Framework Fork") String name,
                             @DefaultValue("http://localhost:8080") String baseUrl,
                             @DefaultValue({"localhost", "127.0.0.1", "[::1]"}) List<String> allowedHosts,
                             @DefaultValue({}) List<String> extraHosts) {

    public SiteProperties {
        baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** Every host name a request may name, in lower case. */
    public Set<String> hosts() {
        return Stream.concat(allowedHosts.stream(), extraHosts.stream())
                .map(host -> host.strip().toLowerCase(Locale.ROOT))
                .filter(host -> !host.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
