package com.frameworkfork.decision;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may edit the questionnaire, in one place: public pages show their edit links to these people,
 * and the back office lets them in. The role hierarchy counts (an administrator is an editor too),
 * which {@code request.isUserInRole} would not. Asking never opens a session for a reader.
 */
@Component
public class Editors {

    /** The role the questionnaire's back office requires. */
    public static final String ROLE = "EDITOR";

    private final RoleHierarchy roles;

    Editors(RoleHierarchy roles) {
        this.roles = roles;
    }

    public boolean signedIn() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken) {
            return false;
        }
        return roles.getReachableGrantedAuthorities(signedIn.getAuthorities()).stream()
                .anyMatch(granted -> granted.getAuthority().equals("ROLE_" + ROLE));
    }
}
