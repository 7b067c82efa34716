package com.frameworkfork.support;

import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** The live HTTP sessions as Tomcat's own session manager counts them. */
public final class TomcatSessions {

    private final Manager manager;

    public TomcatSessions(WebServerApplicationContext context) {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        this.manager = ((Context) server.getTomcat().getHost().findChildren()[0]).getManager();
    }

    /** Sessions alive now. */
    public int active() {
        return manager.getActiveSessions();
    }

    /** Sessions ever created by this server, including those since expired or invalidated. */
    public long created() {
        return manager.getSessionCounter();
    }
}
