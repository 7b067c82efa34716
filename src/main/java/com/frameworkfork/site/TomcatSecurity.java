package com.frameworkfork.site;

import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/** What the container itself must do for the site's security: put the protective headers on the answers it gives itself. */
@Component
class TomcatSecurity implements WebServerFactoryCustomizer<TomcatWebServerFactory> {

    @Override
    public void customize(TomcatWebServerFactory factory) {
        factory.addEngineValves(new ProtectiveHeadersValve());
    }
}
