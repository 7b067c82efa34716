package com.frameworkfork.security;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.frameworkfork.account.AccountService;
import com.frameworkfork.support.Clients;
import com.frameworkfork.support.Html;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.ShippedLimits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Brute-force protection for the back office's sign-in: too many wrong passwords lock out the client
 * they come from (an IPv6 client by its /64) and, wherever they come from, the account they target.
 * Each test signs in with accounts of its own, so the lockouts of one test never reach another.
 */
@ShippedLimits
class AdminSignInTest {

    private static final String PASSWORD = "a-long-test-passphrase";
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    private String newAccount() {
        String username = "signin-" + ACCOUNTS.incrementAndGet();
        AccountService.Creation creation = accounts.create(username, "EDITOR", "test");
        assertThat(accounts.setUp(creation.setupToken(), PASSWORD, PASSWORD)).isEmpty();
        return username;
    }

    @Test
    void wrongPasswordsFromOneClientLockItOutEvenForTheRightPassword() throws Exception {
        String client = "198.51.100.10";
        for (int i = 0; i < ShippedLimits.SIGN_IN_FAILURES; i++) {
            signIn(client, newAccount(), "wrong-password").andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        }
        String other = newAccount();

        signIn(client, other, PASSWORD).andExpect(redirectedUrl("/login?locked")).andExpect(unauthenticated());
        assertThat(Html.of(mvc.perform(get("/login").param("locked", "").with(Clients.from(client))))
                .select("[data-testid=login-locked]").text()).contains("1 minute");
        signIn("198.51.100.11", other, PASSWORD).andExpect(authenticated());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                signIn(client, other, PASSWORD).andExpect(redirectedUrl("/admin")).andExpect(authenticated()));
    }

    @Test
    void wrongPasswordsForOneAccountFromManyClientsLockTheAccountOut() throws Exception {
        String target = newAccount();
        signIn("198.51.100.1", target, "wrong-1").andExpect(unauthenticated());
        signIn("198.51.100.2", target, "wrong-2").andExpect(unauthenticated());
        signIn("198.51.100.3", target, "wrong-3").andExpect(unauthenticated());

        signIn("198.51.100.4", target, PASSWORD).andExpect(redirectedUrl("/login?locked")).andExpect(unauthenticated());
        signIn("198.51.100.4", newAccount(), PASSWORD).andExpect(authenticated());
    }

    /** An IPv6 client can pick any address in its /64, so the lockout counts the /64. */
    @Test
    void wrongPasswordsFromAcrossOneIpv6SlashSixtyFourLockItAllOut() throws Exception {
        signIn("2001:db8:aa:1::1", newAccount(), "wrong-1").andExpect(unauthenticated());
        signIn("2001:db8:aa:1::2", newAccount(), "wrong-2").andExpect(unauthenticated());
        signIn("2001:db8:aa:1:ffff:ffff:ffff:ffff", newAccount(), "wrong-3").andExpect(unauthenticated());
        String other = newAccount();

        signIn("2001:db8:aa:1:1234::9", other, PASSWORD).andExpect(redirectedUrl("/login?locked")).andExpect(unauthenticated());
        assertThat(Html.of(mvc.perform(get("/login").with(Clients.from("2001:db8:aa:1::77"))))
                .select("[data-testid=login-locked]")).hasSize(1);
        signIn("2001:db8:aa:2::1", other, PASSWORD).andExpect(authenticated());
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() throws Exception {
        String client = "198.51.100.12";
        String account = newAccount();
        signIn(client, account, "wrong-1").andExpect(unauthenticated());
        signIn(client, account, "wrong-2").andExpect(unauthenticated());
        signIn(client, account, PASSWORD).andExpect(authenticated());
        signIn(client, account, "wrong-3").andExpect(unauthenticated());
        signIn(client, account, "wrong-4").andExpect(unauthenticated());

        signIn(client, account, PASSWORD).andExpect(authenticated());
    }

    private ResultActions signIn(String client, String username, String password) throws Exception {
        return mvc.perform(post("/login").with(PageToken.reader(mvc)).with(Clients.from(client))
                .param("username", username).param("password", password));
    }
}
