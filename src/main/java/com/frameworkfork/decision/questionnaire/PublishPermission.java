package com.frameworkfork.decision.questionnaire;

import com.frameworkfork.decision.Editors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may publish a scoring model: the one place that decides, used by the publish screen (to offer
 * the button) and by publishing itself. Today every back-office account may; restricting it to
 * administrators changes only this class.
 */
@Component
class PublishPermission {

    boolean allowed() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn != null && signedIn.getAuthorities().stream()
                .anyMatch(granted -> granted.getAuthority().equals("ROLE_" + Editors.ROLE));
    }

    void check() {
        if (!allowed()) {
            throw new AccessDeniedException("Only an administrator may publish a scoring model.");
        }
    }
}
