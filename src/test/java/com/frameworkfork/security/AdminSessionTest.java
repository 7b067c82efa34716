package com.frameworkfork.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.frameworkfork.support.Admin;
import com.frameworkfork.support.SiteClient;
import com.frameworkfork.support.SiteTest;
import com.frameworkfork.support.TomcatSessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static com.frameworkfork.support.SiteClient.cookie;
import static com.frameworkfork.support.SiteClient.encode;
import static com.frameworkfork.support.SiteClient.formToken;
import static com.frameworkfork.support.SiteClient.join;
import static com.frameworkfork.support.SiteClient.setCookies;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office session as a browser sees it through the real container: the cookie's
 * attributes, a new session id at sign-in, landing on the page asked for, an idle timeout, and sign-out
 * ending the session.
 */
@SiteTest
class AdminSessionTest {

    private static final String MADE_UP_SESSION = "JSESSIONID=0123456789ABCDEF0123456789ABCDEF";

    @LocalServerPort
    int port;

    @Autowired
    WebServerApplicationContext server;

    private SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
    }

    @Test
    void signInReplacesAnyEarlierSessionIdAndSignOutEndsIt() throws Exception {
        String session = site.signIn(MADE_UP_SESSION);
        assertThat(session).as("a session id planted before sign-in is not the one signed in").isNotEqualTo(MADE_UP_SESSION);
        assertThat(site.get("/admin", MADE_UP_SESSION).statusCode()).isEqualTo(302);
        assertThat(site.get("/admin", session).statusCode()).isEqualTo(200);

        String again = site.signIn(session);
        assertThat(again).as("signing in again from a live session changes its id").isNotEqualTo(session);
        assertThat(site.get("/admin", session).statusCode()).as("the earlier id no longer opens the back office").isEqualTo(302);

        HttpResponse<String> dashboard = site.get("/admin", again);
        assertThat(dashboard.statusCode()).isEqualTo(200);
        HttpResponse<String> signedOut = site.post("/logout", again, "_csrf=" + encode(formToken(dashboard.body(), "/logout")));
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(site.get("/admin", again).statusCode()).as("the signed-out id no longer opens the back office").isEqualTo(302);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndSecureOnlyOverHttps() throws Exception {
        String plain = sessionSetCookie(site);
        assertThat(plain).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");

        String viaProxy = sessionSetCookie(site.viaHttpsProxy());
        assertThat(viaProxy).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Secure");
    }

    /** The page asked for is remembered in a cookie holding only its address, not in a session. */
    @Test
    void afterSigningInTheAdminLandsOnThePageTheyAskedFor() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> askedFor = browser.send(HttpRequest.newBuilder(uri("/admin/comments")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(askedFor.statusCode()).isEqualTo(302);
        assertThat(askedFor.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        HttpResponse<String> loginPage = browser.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> signedIn = browser.send(SiteClient.formPost(HttpRequest.newBuilder(uri("/login")),
                "username=" + Admin.USERNAME + "&password=" + encode(Admin.PASSWORD)
                        + "&_csrf=" + encode(formToken(loginPage.body(), "/login"))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/admin/comments");
    }

    /** A remembered address planted by someone else can only ever point into this site. */
    @Test
    void aPlantedSignInDestinationCannotLeadOffTheSite() throws Exception {
        String planted = "REDIRECT_URI=" + Base64.getEncoder().encodeToString(
                "//evil.example/admin".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> loginPage = site.get("/login", planted);
        String csrf = cookie(loginPage, "XSRF-TOKEN").orElseThrow();

        HttpResponse<String> signedIn = site.post("/login", join(planted, csrf), "username=" + Admin.USERNAME
                + "&password=" + encode(Admin.PASSWORD) + "&_csrf=" + encode(formToken(loginPage.body(), "/login")));

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(URI.create(signedIn.headers().firstValue("Location").orElseThrow()).getHost()).isIn(null, "localhost");
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/admin");
    }

    /** A remembered address that does not parse, from a broken client or planted, counts as none. */
    @Test
    void anUnreadableSignInDestinationIsIgnored() throws Exception {
        String unreadable = "REDIRECT_URI=" + Base64.getEncoder().encodeToString("/%zz".getBytes(StandardCharsets.UTF_8));

        assertThat(site.get("/admin", unreadable).statusCode()).isEqualTo(302);
        assertThat(site.get("/articles", unreadable).statusCode()).isEqualTo(200);
        HttpResponse<String> loginPage = site.get("/login", unreadable);
        assertThat(loginPage.statusCode()).isEqualTo(200);
        HttpResponse<String> signedIn = site.post("/login", join(unreadable, cookie(loginPage, "XSRF-TOKEN").orElseThrow()),
                "username=" + Admin.USERNAME + "&password=" + encode(Admin.PASSWORD)
                        + "&_csrf=" + encode(formToken(loginPage.body(), "/login")));
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/admin");
    }

    /** Behind a TLS-terminating proxy the site learns of HTTPS from X-Forwarded-Proto, and only then sends HSTS. */
    @Test
    void hstsIsSentForHttpsForwardedByTheProxyOnly() throws Exception {
        HttpResponse<String> plain = site.get("/", null);
        HttpResponse<String> viaProxy = site.viaHttpsProxy().get("/", null);

        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(viaProxy.headers().firstValue("Strict-Transport-Security").orElseThrow())
                .contains("max-age=31536000").contains("includeSubDomains");
    }

    /** An admin who leaves the back office idle for half an hour has to sign in again. */
    @Test
    void theAdminsSessionEndsAfterThirtyIdleMinutes() throws Exception {
        String session = site.signIn();

        assertThat(new TomcatSessions(server).idleTimeout(session.substring(session.indexOf('=') + 1)))
                .isEqualTo(Duration.ofMinutes(30));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** The raw Set-Cookie header that opens the admin's session when they sign in through this client. */
    private static String sessionSetCookie(SiteClient client) throws Exception {
        HttpResponse<String> loginPage = client.get("/login", null);
        HttpResponse<String> signedIn = client.post("/login", SiteClient.csrfCookie(loginPage).orElseThrow(),
                "username=" + Admin.USERNAME + "&password=" + encode(Admin.PASSWORD)
                        + "&_csrf=" + encode(formToken(loginPage.body(), "/login")));
        return setCookies(signedIn, "JSESSIONID").get(0);
    }
}
