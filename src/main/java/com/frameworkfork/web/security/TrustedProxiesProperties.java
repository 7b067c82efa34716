package com.frameworkfork.web.security;

import java.util.List;

import org.apache.catalina.util.NetMask;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param trustedProxies the proxies whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto}
 *                       the site believes, as CIDR blocks (one address is a /32 or a /128). By
 *                       default only this host's loopback, where the example nginx runs; from
 *                       anyone else the headers are ignored and the connection's own address counts.
 */
@ConfigurationProperties("site")
public record TrustedProxiesProperties(@DefaultValue({"127.0.0.0/8", "::1/128"}) List<String> trustedProxies) {

    public TrustedProxiesProperties {
        trustedProxies = trustedProxies.stream().map(String::strip).filter(block -> !block.isEmpty()).toList();
        for (String block : trustedProxies) {
            // Tomcat reads a list without any '/' as a regular expression instead, so every entry must have one.
            if (block.indexOf('/') < 1) {
                throw new IllegalArgumentException("Each trusted proxy must be a CIDR block such as 10.0.0.5/32 or "
                        + "fd00::/8, not '" + block + "'");
            }
            new NetMask(block);
        }
    }

    /** The blocks in the form Tomcat's RemoteIpValve takes for its internal proxies. */
    String asTomcatList() {
        return String.join(",", trustedProxies);
    }
}
