package com.frameworkfork.web.history;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The kinds of content features registered a history for, and which of them the signed-in person may read. */
@Component
class HistorySubjects {

    private final Map<String, HistorySubject<?>> byKind = new LinkedHashMap<>();
    private final RoleHierarchy roles;

    HistorySubjects(List<HistorySubject<?>> subjects, RoleHierarchy roles) {
        this.roles = roles;
        subjects.stream().sorted(Comparator.comparing(HistorySubject::label))
                .forEach(subject -> {
                    if (byKind.put(subject.kind(), subject) != null) {
                        throw new IllegalStateException("Two kinds of content call themselves " + subject.kind());
                    }
                });
    }

    Optional<HistorySubject<?>> forKind(String kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    Optional<HistorySubject<?>> forType(Class<?> type) {
        return byKind.values().stream().filter(subject -> subject.type().equals(type)).findFirst();
    }

    /** The kinds whose history the signed-in person's role lets them read, by label. */
    List<HistorySubject<?>> readable() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken) {
            return List.of();
        }
        Set<String> held = roles.getReachableGrantedAuthorities(signedIn.getAuthorities()).stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        return byKind.values().stream().filter(subject -> held.contains("ROLE_" + subject.role())).toList();
    }
}
