package com.frameworkfork.web.security;

import java.io.IOException;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Gives every response the site's protective headers as the request enters the container. Tomcat
 * answers some requests itself (a request line or header it cannot parse, an unknown HTTP
 * version), and filters ahead of Spring Security refuse others (an unknown Host, a URL the
 * firewall rejects) through the error page; none of those pass Spring Security's header writers,
 * which leave a header alone when it is already there.
 */
class ProtectiveHeadersValve extends ValveBase {

    ProtectiveHeadersValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        SiteHeaders.ON_EVERY_RESPONSE.forEach((name, value) -> {
            if (!response.containsHeader(name)) {
                response.setHeader(name, value);
            }
        });
        getNext().invoke(request, response);
    }
}
