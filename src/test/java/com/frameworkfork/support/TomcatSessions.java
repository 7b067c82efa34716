package com.frameworkfork.support;

import java.io.IOException;
import java.time.Duration;

import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.apache.catalina.Session;
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

    /** How long the live session with this id may stay idle before Tomcat ends it. */
    public Duration idleTimeout(String sessionId) throws IOException {
        Session session = manager.findSession(sessionId);
        if (session == null) {
            throw new AssertionError("No live session " + sessionId);
        }
        return Duration.ofSeconds(session.getMaxInactiveInterval());
    }

    /** Sessions ever created by this server, including those since expired or invalidated. */
    public long created() {
        return manager.getSessionCounter();
    }
}
