package com.frameworkfork.comparison;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Component;

/**
 * Whether a reader of a public page may open its edit screen, so the page shows them the link. The
 * site's security rules decide (today: the ADMIN role for everything under /admin), so widening them
 * to editor roles widens the links with them.
 */
@Component
class EditorAccess {

    private final WebInvocationPrivilegeEvaluator privileges;

    EditorAccess(WebInvocationPrivilegeEvaluator privileges) {
        this.privileges = privileges;
    }

    boolean mayOpen(String path, Authentication who) {
        return who != null && who.isAuthenticated() && privileges.isAllowed(path, who);
    }
}
