package com.frameworkfork.web.errors;

import jakarta.servlet.http.HttpServletRequest;

import com.frameworkfork.web.ReaderWrite;

/**
 * What a reader sent in a refused write, handed back so nothing they typed is lost.
 *
 * @param action      where the form posted to, so it can be sent again later
 * @param returnPath  the page the form was on
 * @param returnLabel the link text that leads back there
 * @param name        the display name, or null when the form had none
 * @param body        the comment text, or null when the form had none (a heart, for example)
 */
record HeldSubmission(String action, String returnPath, String returnLabel, String name, String body) {

    private static final String HOME = "/";

    /** From the reader write the refused request was for; every write registers its way back. */
    static HeldSubmission of(HttpServletRequest request) {
        ReaderWrite write = (ReaderWrite) request.getAttribute(ReaderWrite.ATTRIBUTE);
        String returnPath = write == null ? HOME : write.backPath(request);
        String returnLabel = write == null ? "Back to the home page" : write.backLabel();
        return new HeldSubmission(request.getRequestURI(), returnPath, returnLabel, request.getParameter("name"),
                request.getParameter("body"));
    }

    public boolean hasText() {
        return body != null;
    }
}
