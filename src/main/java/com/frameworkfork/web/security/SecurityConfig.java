package com.frameworkfork.web.security;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.frameworkfork.web.AdminScreen;
import com.frameworkfork.web.SiteProperties;
import com.frameworkfork.web.cache.PageCache;
import com.frameworkfork.web.limits.RateLimitProperties;
import com.frameworkfork.web.limits.RateLimiter;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.session.DisableEncodeUrlFilter;

@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String ADMINISTRATOR = "ADMIN";
    static final String EDITOR = "EDITOR";
    static final String MODERATOR = "MODERATOR";

    /** Hashes are stored with their algorithm's name, as Spring Security's delegating encoder writes them. */
    @Bean
    PasswordEncoder passwordEncoder(SignInProperties signIn) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(signIn.bcryptStrength())));
    }

    /** Administrators may do everything editors and moderators may. */
    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(ADMINISTRATOR).implies(EDITOR, MODERATOR)
                .build();
    }

    /**
     * Django's ALLOWED_HOSTS: a request naming any other host is refused with 400 by Spring
     * Security's firewall, before anything (a kept page included) is served for it, so a forged Host
     * can never leak into absolute links or cache keys.
     */
    @Bean
    StrictHttpFirewall firewall(SiteProperties site) {
        Set<String> allowed = site.hosts();
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHostnames(host -> allowed.contains(host.toLowerCase(Locale.ROOT)));
        return firewall;
    }

    /** In the admin's session, in a cookie for readers; shared with the page cache. */
    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        return new SessionOrCookieCsrfTokenRepository();
    }

    /** Masks the token differently on every page (BREACH protection); shared with the page cache. */
    @Bean
    CsrfTokenRequestHandler csrfRequestHandler() {
        return new XorCsrfTokenRequestAttributeHandler();
    }

    @Bean
    LoginThrottle loginThrottle(SignInProperties settings, RateLimitProperties limits) {
        return new LoginThrottle(settings, limits.trackedClients(), Ticker.systemTicker());
    }

    @Bean
    SecurityFilterChain siteSecurity(HttpSecurity http, CsrfTokenRepository csrfTokenRepository,
                                     CsrfTokenRequestHandler csrfRequestHandler, LoginThrottle loginThrottle,
                                     RateLimitProperties limits, SignInProperties signIn, PageCache pageCache,
                                     List<AdminScreen> screens, SignedInAccounts signedInAccounts)
            throws Exception {
        RateLimiter loginAttempts = new RateLimiter(signIn.attemptsPerMinute(), Duration.ofMinutes(1), limits.trackedClients());
        SimpleUrlAuthenticationFailureHandler wrongPassword = new SimpleUrlAuthenticationFailureHandler("/login?error");
        // The sign-in page says what went wrong from ?error; keeping the exception would open a session.
        wrongPassword.setAllowSessionCreation(false);
        RequestCache pageAskedFor = new SignInDestination();
        SavedRequestAwareAuthenticationSuccessHandler signedIn = new SavedRequestAwareAuthenticationSuccessHandler();
        signedIn.setDefaultTargetUrl("/admin");
        signedIn.setRequestCache(pageAskedFor);
        http
                // Kept pages are served first, ahead of the rest of the chain, once the firewall has checked the request.
                .addFilterBefore(pageCache.filter(csrfTokenRepository, csrfRequestHandler,
                        SessionOrCookieCsrfTokenRepository.COOKIES), DisableEncodeUrlFilter.class)
                .authorizeHttpRequests(auth -> {
                    // Each part of the back office needs the role its feature registered; the rest of it
                    // (the dashboard, one's own password) any back-office role.
                    screens.stream().filter(screen -> !screen.isOpenToEveryRole())
                            .forEach(screen -> auth.requestMatchers(screen.pathPattern()).hasRole(screen.role()));
                    auth.requestMatchers("/admin/**").hasAnyRole(ADMINISTRATOR, EDITOR, MODERATOR)
                            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                            .requestMatchers("/actuator/**").hasRole(ADMINISTRATOR)
                            .anyRequest().permitAll();
                })
                // The JSON API uses no cookies, so there is nothing for a forged cross-site request to ride on.
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfTokenRepository)
                        .csrfTokenRequestHandler(csrfRequestHandler)
                        .ignoringRequestMatchers("/api/**"))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .requestCache(cache -> cache.requestCache(pageAskedFor))
                .headers(SiteHeaders::apply)
                .addFilterBefore(new LoginThrottleFilter(loginAttempts, loginThrottle),
                        UsernamePasswordAuthenticationFilter.class)
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .failureHandler(wrongPassword)
                        .successHandler((request, response, authentication) -> {
                            SignedInAccountCheck.recordSignIn(request);
                            signedIn.onAuthenticationSuccess(request, response, authentication);
                        }))
                .addFilterBefore(new SignedInAccountCheck(signedInAccounts), ExceptionTranslationFilter.class)
                // A new session id on sign-in, so an id planted before it (session fixation) is worthless.
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .invalidateHttpSession(true).clearAuthentication(true).deleteCookies("JSESSIONID"));
        return http.build();
    }
}
