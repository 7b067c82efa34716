package com.frameworkfork.security;

import java.net.http.HttpResponse;

import com.frameworkfork.support.SiteClient;
import com.frameworkfork.support.SiteTest;
import com.frameworkfork.web.maintenance.MaintenanceMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.frameworkfork.support.SiteClient.cookie;
import static com.frameworkfork.support.SiteClient.encode;
import static com.frameworkfork.support.SiteClient.formToken;
import static com.frameworkfork.support.SiteClient.join;
import static com.frameworkfork.support.SiteClient.setCookies;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CSRF cookie someone else chose (planted from a sibling subdomain, or over plain HTTP) never
 * makes a forged request pass: the admin's token is bound to their session, and over HTTPS a
 * reader's token cookie has a name only this host, over HTTPS, can set.
 */
@SiteTest
class CsrfTokenBindingTest {

    @LocalServerPort
    int port;

    @Autowired
    MaintenanceMode maintenanceMode;

    private SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
    }

    @AfterEach
    void switchOff() {
        maintenanceMode.switchTo(false);
    }

    @Test
    void aPlantedCookieAndItsTokenCannotActForTheSignedInAdmin() throws Exception {
        String session = site.signIn();
        HttpResponse<String> switchPage = site.get("/admin/maintenance", session);
        String adminToken = formToken(switchPage.body(), "/admin/maintenance");
        // An attacker's own valid pair, from an ordinary visit, with the cookie planted in the admin's browser.
        HttpResponse<String> attackersVisit = site.get("/decide", null);
        String plantedCookie = cookie(attackersVisit, "XSRF-TOKEN").orElseThrow();
        String plantedToken = formToken(attackersVisit.body(), "/decide");

        HttpResponse<String> forged = site.post("/admin/maintenance", join(session, plantedCookie),
                "enabled=true&_csrf=" + encode(plantedToken));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(maintenanceMode.isEnabled()).isFalse();
        HttpResponse<String> own = site.post("/admin/maintenance", join(session, plantedCookie),
                "enabled=true&_csrf=" + encode(adminToken));
        assertThat(own.statusCode()).isEqualTo(303);
        assertThat(maintenanceMode.isEnabled()).isTrue();
    }

    @Test
    void overHttpsAReadersTokenCookieIsHostOnlyAndAPlainOneIsNotAccepted() throws Exception {
        SiteClient https = site.viaHttpsProxy();
        HttpResponse<String> quiz = https.get("/decide", null);

        assertThat(setCookies(quiz, "XSRF-TOKEN")).isEmpty();
        assertThat(setCookies(quiz, "__Host-XSRF-TOKEN")).singleElement().satisfies(cookie -> assertThat(cookie)
                .contains("Path=/", "Secure", "HttpOnly").doesNotContainIgnoringCase("Domain="));
        String readerCookie = cookie(quiz, "__Host-XSRF-TOKEN").orElseThrow();
        String readerToken = formToken(quiz.body(), "/decide");
        assertThat(https.post("/decide", readerCookie, "_csrf=" + encode(readerToken)).statusCode()).isEqualTo(303);

        HttpResponse<String> plainVisit = site.get("/decide", null);
        String plantedCookie = cookie(plainVisit, "XSRF-TOKEN").orElseThrow();
        String plantedToken = formToken(plainVisit.body(), "/decide");
        assertThat(https.post("/decide", plantedCookie, "_csrf=" + encode(plantedToken)).statusCode()).isEqualTo(403);
    }
}
