package com.frameworkfork.security;

import com.frameworkfork.FrameworkForkApplication;
import com.frameworkfork.support.SiteClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A client that is not one of the named proxies cannot choose its address with X-Forwarded-For,
 * nor claim HTTPS with X-Forwarded-Proto. Here only 192.0.2.0/24 is trusted, so the test's own
 * loopback connection is an ordinary client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "site.sign-in.attempts-per-minute=2", "site.trusted-proxies=192.0.2.0/24"})
class UntrustedForwarderTest {

    @LocalServerPort
    int port;

    @Test
    void aRotatingForwardedAddressFromAnUntrustedClientIsLimitedAsOneClient() throws Exception {
        ForwardedClientAddressTest.SignInAttempts attempts = new ForwardedClientAddressTest.SignInAttempts(new SiteClient(port));

        assertThat(attempts.from("203.0.113.1")).isEqualTo(302);
        assertThat(attempts.from("203.0.113.2")).isEqualTo(302);
        assertThat(attempts.from("203.0.113.3")).isEqualTo(429);
        assertThat(attempts.from("2001:db8:9::1")).isEqualTo(429);
    }

    @Test
    void anUntrustedClientCannotClaimHttps() throws Exception {
        assertThat(new SiteClient(port).viaHttpsProxy().get("/", null).headers().firstValue("Strict-Transport-Security"))
                .isEmpty();
    }

    /** Tomcat would read a list without any prefix length as a regular expression, so the site refuses to start. */
    @Test
    void aTrustedProxyWithoutAPrefixLengthStopsStartUp() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(FrameworkForkApplication.class).run("--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:proxies-without-prefix", "--spring.main.banner-mode=off",
                "--site.trusted-proxies=10.0.0.5"))
                .rootCause().hasMessageContaining("10.0.0.5/32").hasMessageContaining("'10.0.0.5'");
    }
}
