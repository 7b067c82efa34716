package com.frameworkfork.security;

import java.net.http.HttpResponse;

import com.frameworkfork.support.SiteClient;
import com.frameworkfork.support.TightLimits;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.frameworkfork.support.SiteClient.cookie;
import static com.frameworkfork.support.SiteClient.encode;
import static com.frameworkfork.support.SiteClient.formToken;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the default settings the proxy on this host (loopback) is trusted: the client address it
 * forwards is the one rate limits count, and IPv6 clients are counted by their /64. Sign-in is
 * limited before the controllers, so its 429 comes through the container's error page.
 */
@TightLimits
class ForwardedClientAddressTest {

    @LocalServerPort
    int port;

    private SignInAttempts attempts;

    @BeforeEach
    void connect() throws Exception {
        attempts = new SignInAttempts(new SiteClient(port));
    }

    @Test
    void theAddressForwardedByTheLocalProxyIsTheClientAndItsRefusalIsTheFriendly429Page() throws Exception {
        for (int i = 0; i < TightLimits.PER_MINUTE; i++) {
            assertThat(attempts.from("198.51.100.21").statusCode()).isEqualTo(302);
        }

        HttpResponse<String> refused = attempts.from("198.51.100.21");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(Jsoup.parse(refused.body()).select("h1").text()).contains("wait a moment");
        assertThat(attempts.from("198.51.100.22").statusCode()).as("another forwarded client has its own allowance")
                .isEqualTo(302);
    }

    @Test
    void ipv6AddressesInOne64ShareOneAllowance() throws Exception {
        assertThat(attempts.from("2001:db8:5:6::1").statusCode()).isEqualTo(302);
        assertThat(attempts.from("2001:db8:5:6:ffff:1:2:3").statusCode()).isEqualTo(302);
        assertThat(attempts.from("2001:db8:5:6::abcd").statusCode()).as("a third address in the same /64").isEqualTo(429);

        assertThat(attempts.from("2001:db8:5:7::1").statusCode()).as("the neighbouring /64 is another client").isEqualTo(302);
    }

    /** Wrong-password sign-in attempts, each claiming through X-Forwarded-For to come from the given client. */
    static final class SignInAttempts {

        /** Each attempt names another account, so only the client's own allowance is in play, never an account's lockout. */
        private static final java.util.concurrent.atomic.AtomicInteger ATTEMPTS = new java.util.concurrent.atomic.AtomicInteger();

        private final SiteClient site;
        private final String csrfCookie;
        private final String token;

        SignInAttempts(SiteClient site) throws Exception {
            this.site = site;
            HttpResponse<String> loginPage = site.get("/login", null);
            this.csrfCookie = cookie(loginPage, "XSRF-TOKEN").orElseThrow();
            this.token = encode(formToken(loginPage.body(), "/login"));
        }

        HttpResponse<String> from(String forwardedFor) throws Exception {
            return site.send(SiteClient.formPost(site.request("/login", csrfCookie).header("X-Forwarded-For", forwardedFor)
                    .header("Accept", "text/html"), "username=nobody-" + ATTEMPTS.incrementAndGet() + "&password=wrong&_csrf=" + token));
        }
    }
}
