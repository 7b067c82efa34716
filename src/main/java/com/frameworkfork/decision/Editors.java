package com.frameworkfork.decision;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who may edit the questionnaire, in one place: public pages show their edit links to these people,
 * and the back office lets them in. Asking never opens a session for a reader.
 */
public final class Editors {

    /** The role the back office requires (see the security configuration). */
    public static final String ROLE = "ADMIN";

    private Editors() {
    }

    public static boolean signedIn(HttpServletRequest request) {
        return request.isUserInRole(ROLE);
    }
}
