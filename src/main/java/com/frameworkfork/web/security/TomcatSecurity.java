package com.frameworkfork.web.security;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * What the container itself must do for the site's security: trust forwarded headers only from
 * the proxies the operator names, and put the protective headers on the answers it gives itself.
 * Runs after Spring Boot's own Tomcat customizer, which adds the RemoteIpValve
 * ({@code server.forward-headers-strategy=native}) with the header names.
 */
@Component
class TomcatSecurity implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

    private final TrustedProxiesProperties proxies;

    TomcatSecurity(TrustedProxiesProperties proxies) {
        this.proxies = proxies;
    }

    @Override
    public void customize(TomcatWebServerFactory factory) {
        factory.getEngineValves().stream()
                .filter(RemoteIpValve.class::isInstance)
                .map(RemoteIpValve.class::cast)
                .forEach(valve -> {
                    // CIDR blocks (Tomcat 11 parses them itself) replace Tomcat's default of every private network.
                    valve.setInternalProxies(proxies.asTomcatList());
                    valve.setTrustedProxies(null);
                });
        factory.addEngineValves(new ProtectiveHeadersValve());
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
