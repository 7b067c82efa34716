package com.frameworkfork.security;

import com.frameworkfork.support.Admin;
import com.frameworkfork.support.Clients;
import com.frameworkfork.support.Html;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.ShippedLimits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Brute-force protection for the back office sign-in: a client that sent too many wrong passwords is
 * locked out, the right password included, without affecting anyone else. When the lockout ends is
 * {@code web/security/LoginThrottleTest}'s business, with a clock the test moves.
 */
@ShippedLimits
class AdminSignInTest {

    @Autowired
    MockMvc mvc;

    private RequestPostProcessor token;

    @BeforeEach
    void takeAReadersToken() throws Exception {
        token = PageToken.reader(mvc);
    }

    @Test
    void repeatedWrongPasswordsLockTheClientOutEvenForTheRightPassword() throws Exception {
        String client = "192.0.2.10";
        for (int i = 0; i < ShippedLimits.SIGN_IN_FAILURES; i++) {
            signIn(client, "wrong-password-" + i).andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        }

        signIn(client, Admin.PASSWORD).andExpect(status().isSeeOther()).andExpect(redirectedUrl("/login?locked"))
                .andExpect(unauthenticated());
        assertThat(Html.of(mvc.perform(get("/login").param("locked", "").with(Clients.from(client))))
                .select("[data-testid=login-locked]").text())
                .as("the page says how long the lockout lasts").containsPattern("\\d+ minutes?");
        signIn("192.0.2.11", Admin.PASSWORD).andExpect(authenticated());
    }

    /** An IPv6 client can pick any address in its /64, so the lockout counts the /64. */
    @Test
    void wrongPasswordsFromAcrossOneIpv6SlashSixtyFourLockItAllOut() throws Exception {
        String[] addresses = {"2001:db8:aa:1::1", "2001:db8:aa:1::2", "2001:db8:aa:1:ffff:ffff:ffff:ffff"};
        for (int i = 0; i < ShippedLimits.SIGN_IN_FAILURES; i++) {
            signIn(addresses[i % addresses.length], "wrong-" + i).andExpect(unauthenticated());
        }

        signIn("2001:db8:aa:1:1234::9", Admin.PASSWORD).andExpect(redirectedUrl("/login?locked")).andExpect(unauthenticated());
        assertThat(Html.of(mvc.perform(get("/login").with(Clients.from("2001:db8:aa:1::77"))))
                .select("[data-testid=login-locked]")).hasSize(1);
        signIn("2001:db8:aa:2::1", Admin.PASSWORD).andExpect(authenticated());
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() throws Exception {
        String client = "192.0.2.12";
        for (int i = 1; i < ShippedLimits.SIGN_IN_FAILURES; i++) {
            signIn(client, "wrong-before-" + i).andExpect(unauthenticated());
        }
        signIn(client, Admin.PASSWORD).andExpect(authenticated());
        for (int i = 1; i < ShippedLimits.SIGN_IN_FAILURES; i++) {
            signIn(client, "wrong-after-" + i).andExpect(unauthenticated());
        }

        signIn(client, Admin.PASSWORD).andExpect(authenticated());
    }

    private ResultActions signIn(String client, String password) throws Exception {
        return mvc.perform(post("/login").with(token).with(Clients.from(client))
                .param("username", Admin.USERNAME).param("password", password));
    }
}
