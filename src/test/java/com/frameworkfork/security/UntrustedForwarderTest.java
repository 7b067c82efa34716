package com.frameworkfork.security;

import com.frameworkfork.support.ShippedLimits;
import com.frameworkfork.support.SiteClient;
import com.frameworkfork.support.StandaloneSite;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A client that is not one of the named proxies cannot choose its address with X-Forwarded-For,
 * nor claim HTTPS with X-Forwarded-Proto. Here only 192.0.2.0/24 is trusted, so the test's own
 * loopback connection is an ordinary client.
 */
@ShippedLimits
class UntrustedForwarderTest {

    /** Far more sign-in attempts than any limit allows a minute, each from an address of its own if believed. */
    private static final int ATTEMPTS = 200;

    @LocalServerPort
    int port;

    @Test
    void aRotatingForwardedAddressFromAnUntrustedClientIsLimitedAsOneClient() throws Exception {
        ForwardedClientAddressTest.SignInAttempts attempts = new ForwardedClientAddressTest.SignInAttempts(new SiteClient(port));

        int sent = 0;
        while (attempts.from("203.0.113." + (sent % 250 + 1)).statusCode() != 429) {
            sent++;
            assertThat(sent).as("attempts answered before a refusal, each claiming another address").isLessThan(ATTEMPTS);
        }

        assertThat(attempts.from("2001:db8:9::1").statusCode()).as("yet another claimed address").isEqualTo(429);
    }

    @Test
    void anUntrustedClientCannotClaimHttps() throws Exception {
        assertThat(new SiteClient(port).viaHttpsProxy().get("/", null).headers().firstValue("Strict-Transport-Security"))
                .isEmpty();
    }

    /** Tomcat would read a list without any prefix length as a regular expression, so the site refuses to start. */
    @Test
    void aTrustedProxyWithoutAPrefixLengthStopsStartUp() {
        assertThatThrownBy(() -> StandaloneSite.start("--site.trusted-proxies=10.0.0.5"))
                .rootCause().hasMessageContaining("10.0.0.5/32").hasMessageContaining("'10.0.0.5'");
    }
}
