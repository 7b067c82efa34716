package com.frameworkfork.site;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param name    the site's name, shown in the header and titles
 * @param baseUrl the public address, used for canonical links, Open Graph, the sitemap and the feed
 */
@ConfigurationProperties("site")
public record SiteProperties(String name, String baseUrl) {

    public SiteProperties {
        baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
    }
}
