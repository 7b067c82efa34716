package com.frameworkfork.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A route readers post to (a comment, a heart, a quiz step, a verdict), registered as a bean by its
 * feature. The site limits each client to {@code perMinute} such posts and, where
 * {@code pausedDuringMaintenance}, refuses them while the site is under maintenance; the refusal
 * pages hand back what was typed and lead back to where the reader was.
 *
 * @param pathPattern     a Spring path pattern such as {@code /articles/{slug}/comments}
 * @param spentByHandler  false: every post uses one of the client's allowance. true: the handler
 *                        decides, for a route whose posts only sometimes do the limited thing, and
 *                        finds the allowance under {@link #ALLOWANCE} (a {@code ClientAllowance})
 * @param backToParent    whether the way back is the page above the posted address (a comment's
 *                        article) rather than the posted address itself (a quiz question)
 * @param backLabel       the link text of the way back, such as "Back to the article"
 */
public record ReaderWrite(String pathPattern, int perMinute, boolean pausedDuringMaintenance, boolean spentByHandler,
                          boolean backToParent, String backLabel) {

    /** The request attribute under which a refused or limited request finds the write it was. */
    public static final String ATTRIBUTE = "com.frameworkfork.web.ReaderWrite";

    /** The request attribute under which a handler that spends its own allowance finds it. */
    public static final String ALLOWANCE = "com.frameworkfork.web.ReaderWrite.allowance";

    public ReaderWrite {
        if (perMinute < 1) {
            throw new IllegalArgumentException("A reader write needs a limit of at least 1 a minute: " + pathPattern);
        }
    }

    /** The address of the way back for a post to this address. */
    public String backPath(HttpServletRequest request) {
        String posted = request.getRequestURI();
        int lastSlash = posted.lastIndexOf('/');
        return !backToParent ? posted : lastSlash > 0 ? posted.substring(0, lastSlash) : "/";
    }
}
