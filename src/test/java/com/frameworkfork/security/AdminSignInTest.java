package com.frameworkfork.security;

import java.time.Duration;

import com.frameworkfork.support.Admin;
import com.frameworkfork.support.Clients;
import com.frameworkfork.support.Html;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Brute-force protection for the back office sign-in, and the session settings behind it. */
@SpringBootTest(properties = {Admin.PASSWORD_PROPERTY, "site.sign-in.max-failures=3",
        "site.sign-in.lockout=2s", "site.sign-in.window=1m"})
@AutoConfigureMockMvc
class AdminSignInTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Environment environment;

    @Test
    void repeatedWrongPasswordsLockTheClientOutEvenForTheRightPassword() throws Exception {
        String client = "192.0.2.10";
        for (int i = 0; i < 3; i++) {
            signIn(client, "wrong-password-" + i).andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        }

        signIn(client, Admin.PASSWORD).andExpect(status().isSeeOther()).andExpect(redirectedUrl("/login?locked"))
                .andExpect(unauthenticated());
        assertThat(Html.of(mvc.perform(get("/login").param("locked", "").with(Clients.from(client))))
                .select("[data-testid=login-locked]").text())
                .isEqualTo("Too many failed sign-ins; try again in 1 minute.");
        signIn("192.0.2.11", Admin.PASSWORD).andExpect(authenticated());

        Thread.sleep(2200);
        assertThat(Html.of(mvc.perform(get("/login").with(Clients.from(client)))).select("[data-testid=login-locked]")).isEmpty();
        signIn(client, Admin.PASSWORD).andExpect(redirectedUrl("/admin")).andExpect(authenticated());
    }

    /** An IPv6 client can pick any address in its /64, so the lockout counts the /64. */
    @Test
    void wrongPasswordsFromAcrossOneIpv6SlashSixtyFourLockItAllOut() throws Exception {
        signIn("2001:db8:aa:1::1", "wrong-1").andExpect(unauthenticated());
        signIn("2001:db8:aa:1::2", "wrong-2").andExpect(unauthenticated());
        signIn("2001:db8:aa:1:ffff:ffff:ffff:ffff", "wrong-3").andExpect(unauthenticated());

        signIn("2001:db8:aa:1:1234::9", Admin.PASSWORD).andExpect(redirectedUrl("/login?locked")).andExpect(unauthenticated());
        assertThat(Html.of(mvc.perform(get("/login").with(Clients.from("2001:db8:aa:1::77"))))
                .select("[data-testid=login-locked]")).hasSize(1);
        signIn("2001:db8:aa:2::1", Admin.PASSWORD).andExpect(authenticated());
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() throws Exception {
        String client = "192.0.2.12";
        signIn(client, "wrong-1").andExpect(unauthenticated());
        signIn(client, "wrong-2").andExpect(unauthenticated());
        signIn(client, Admin.PASSWORD).andExpect(authenticated());
        signIn(client, "wrong-3").andExpect(unauthenticated());
        signIn(client, "wrong-4").andExpect(unauthenticated());

        signIn(client, Admin.PASSWORD).andExpect(authenticated());
    }

    @Test
    void theSessionCookieIsConfiguredHttpOnlyAndSameSiteAndExpiresWhenIdle() {
        assertThat(environment.getProperty("server.servlet.session.cookie.http-only", Boolean.class)).isTrue();
        assertThat(environment.getProperty("server.servlet.session.cookie.same-site")).isEqualToIgnoringCase("lax");
        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class)).isEqualTo(Duration.ofMinutes(30));
    }

    private ResultActions signIn(String client, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).with(Clients.from(client))
                .param("username", Admin.USERNAME).param("password", password));
    }
}
