package com.frameworkfork.site;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a reader sent in a refused write, handed back so nothing they typed is lost.
 *
 * @param action      where the form posted to, so it can be sent again later
 * @param returnPath  the page the form was on
 * @param returnLabel the link text that leads back there
 * @param name        the display name, or null when the form had none
 * @param body        the comment text, or null when the form had none (a heart, for example)
 */
public record HeldSubmission(String action, String returnPath, String returnLabel, String name, String body) {

    private static final String QUIZ = "/decide";

    static HeldSubmission of(HttpServletRequest request) {
        String action = request.getRequestURI();
        if (action.equals(QUIZ)) {
            return new HeldSubmission(action, QUIZ, "Back to the quiz", null, null);
        }
        if (action.startsWith(QUIZ + "/")) {
            // A quiz step posts to the address of its own question.
            return new HeldSubmission(action, action, "Back to the question", null, null);
        }
        int lastSlash = action.lastIndexOf('/');
        String returnPath = lastSlash > 0 ? action.substring(0, lastSlash) : "/";
        return new HeldSubmission(action, returnPath, "Back to the article", request.getParameter("name"),
                request.getParameter("body"));
    }

    public boolean hasText() {
        return body != null;
    }
}
