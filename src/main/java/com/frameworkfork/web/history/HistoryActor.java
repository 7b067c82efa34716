package com.frameworkfork.web.history;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Names what acts when no person does, such as the content importer at start-up, so its changes are
 * recorded under that name. It rides in Spring Security's context, where the history reads a person's
 * name too, as an authentication with no authority at all: it can be named but authorises nothing.
 */
public final class HistoryActor {

    private HistoryActor() {
    }

    /** Runs the work with its changes recorded as made by {@code actor}, then puts the earlier context back. */
    public static <T> T unattended(String actor, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(new Unattended(actor)));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    static final class Unattended extends AbstractAuthenticationToken {

        private final String actor;

        Unattended(String actor) {
            super(List.of());
            this.actor = actor;
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return actor;
        }
    }
}
