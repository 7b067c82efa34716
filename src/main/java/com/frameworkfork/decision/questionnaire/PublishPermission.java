package com.frameworkfork.decision.questionnaire;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may publish a scoring model: the one place that decides, used by the publish screen (to offer
 * the button) and by publishing itself. Editors prepare drafts; only administrators publish
 * them, since a published model decides every reader's verdict.
 */
@Component
class PublishPermission {

    private static final String ADMINISTRATOR = "ROLE_ADMIN";

    boolean allowed() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn != null && signedIn.getAuthorities().stream()
                .anyMatch(granted -> granted.getAuthority().equals(ADMINISTRATOR));
    }

    void check() {
        if (!allowed()) {
            throw new AccessDeniedException("Only an administrator may publish a scoring model.");
        }
    }
}
