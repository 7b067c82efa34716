package com.frameworkfork.web;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/** Tells real reads from requests that should not move the view counter. */
public final class ReaderRequests {

    private static final Pattern ROBOT = Pattern.compile("bot|crawler|spider");

    private ReaderRequests() {
    }

    /** Only a GET counts, and only from a client that does not call itself a bot, crawler or spider. */
    public static boolean countsAsView(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        String agent = request.getHeader("User-Agent");
        return agent == null || !ROBOT.matcher(agent.toLowerCase(Locale.ROOT)).find();
    }
}
