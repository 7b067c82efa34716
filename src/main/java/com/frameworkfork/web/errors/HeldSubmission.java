package com.frameworkfork.web.errors;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a reader sent in a refused write, handed back so nothing they typed is lost.
 *
 * @param action     where the form posted to, so it can be sent again later
 * @param returnPath the page the form was on
 * @param name       the display name, or null when the form had none
 * @param body       the comment text, or null when the form had none (a heart, for example)
 */
record HeldSubmission(String action, String returnPath, String name, String body) {

    static HeldSubmission of(HttpServletRequest request) {
        String action = request.getRequestURI();
        int lastSlash = action.lastIndexOf('/');
        String returnPath = lastSlash > 0 ? action.substring(0, lastSlash) : "/";
        return new HeldSubmission(action, returnPath, request.getParameter("name"), request.getParameter("body"));
    }

    public boolean hasText() {
        return body != null;
    }
}
