package com.frameworkfork.admin;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.frameworkfork.web.AdminScreen;
import com.frameworkfork.web.PageAttribute;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The back office's navigation: the parts of it the signed-in person's role may use, in order. */
@Configuration(proxyBeanMethods = false)
class AdminNavigation {

    private final List<AdminScreen> screens;
    private final RoleHierarchy roles;

    AdminNavigation(List<AdminScreen> screens, RoleHierarchy roles) {
        this.screens = screens.stream().sorted(Comparator.comparingInt(AdminScreen::order)).toList();
        this.roles = roles;
    }

    @Bean
    PageAttribute adminNavAttribute() {
        return new PageAttribute("adminNav", request -> screensOpenToSignedIn());
    }

    private List<AdminScreen> screensOpenToSignedIn() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken) {
            return List.of();
        }
        Set<String> held = roles.getReachableGrantedAuthorities(signedIn.getAuthorities()).stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        return screens.stream().filter(screen -> screen.isOpenToEveryRole() || held.contains("ROLE_" + screen.role())).toList();
    }
}
