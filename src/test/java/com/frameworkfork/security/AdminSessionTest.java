package com.frameworkfork.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import com.frameworkfork.support.Admin;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office session as a browser sees it through the real container: the cookie's
 * attributes, a new session id at sign-in, and sign-out ending the session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = Admin.PASSWORD_PROPERTY)
class AdminSessionTest {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void signInReplacesThePlantedSessionAndSignOutEndsIt() throws Exception {
        String planted = sessionCookie(get("/admin", null)).orElseThrow();

        HttpResponse<String> loginPage = get("/login", planted);
        // The planted session holds the token, so the sign-in page sets no token cookie.
        assertThat(cookie(loginPage, "XSRF-TOKEN")).isEmpty();
        String token = Jsoup.parse(loginPage.body()).selectFirst("form[action=/login] input[name=_csrf]").val();
        HttpResponse<String> signedIn = post("/login", planted,
                "username=" + Admin.USERNAME + "&password=" + encode(Admin.PASSWORD) + "&_csrf=" + encode(token));

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).contains("/admin");
        String session = sessionCookie(signedIn).orElseThrow();
        assertThat(session).as("a new session id at sign-in").isNotEqualTo(planted);
        assertThat(get("/admin", session).statusCode()).isEqualTo(200);
        assertThat(get("/admin", planted).statusCode()).as("the planted id is not signed in").isEqualTo(302);

        HttpResponse<String> dashboard = get("/admin", session);
        String logoutToken = Jsoup.parse(dashboard.body()).selectFirst("form[action=/logout] input[name=_csrf]").val();
        // The admin's token is kept in their session, not in a cookie.
        assertThat(cookie(dashboard, "XSRF-TOKEN")).isEmpty();
        HttpResponse<String> signedOut = post("/logout", session, "_csrf=" + encode(logoutToken));
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(get("/admin", session).statusCode()).as("the old session id no longer opens the back office").isEqualTo(302);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndSecureOnlyOverHttps() throws Exception {
        String plain = rawSetCookie(send(request("/admin", null).GET().build()));
        assertThat(plain).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");

        String viaProxy = rawSetCookie(send(request("/admin", null).header("X-Forwarded-Proto", "https").GET().build()));
        assertThat(viaProxy).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Secure");
    }

    /** Behind a TLS-terminating proxy the site learns of HTTPS from X-Forwarded-Proto, and only then sends HSTS. */
    @Test
    void hstsIsSentForHttpsForwardedByTheProxyOnly() throws Exception {
        HttpResponse<String> plain = send(request("/", null).GET().build());
        HttpResponse<String> viaProxy = send(request("/", null).header("X-Forwarded-Proto", "https").GET().build());

        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(viaProxy.headers().firstValue("Strict-Transport-Security").orElseThrow())
                .contains("max-age=31536000").contains("includeSubDomains");
    }

    /** Sign-in is handled before the controllers, so its 429 comes through the container's error page. */
    @Test
    void tooManySignInAttemptsGetTheFriendly429Page() throws Exception {
        HttpResponse<String> loginPage = get("/login", null);
        String csrfCookie = cookie(loginPage, "XSRF-TOKEN").orElseThrow();
        String token = Jsoup.parse(loginPage.body()).selectFirst("form[action=/login] input[name=_csrf]").val();
        HttpResponse<String> answer = null;
        for (int i = 0; i <= 10; i++) {
            answer = send(request("/login", csrfCookie).header("X-Forwarded-For", "198.51.100.77").header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=nobody&password=wrong&_csrf=" + encode(token))).build());
        }

        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(Jsoup.parse(answer.body()).select("h1").text()).isEqualTo("Please wait a moment before trying again");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path, String cookies) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return cookies == null ? builder : builder.header("Cookie", cookies);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String cookies) throws Exception {
        return send(request(path, cookies).GET().build());
    }

    private HttpResponse<String> post(String path, String cookies, String form) throws Exception {
        return send(request(path, cookies).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private static String rawSetCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow();
    }

    private static Optional<String> sessionCookie(HttpResponse<String> response) {
        return cookie(response, "JSESSIONID");
    }

    /** The name=value part of the named cookie the response sets. */
    private static Optional<String> cookie(HttpResponse<String> response, String name) {
        List<String> setCookies = response.headers().allValues("Set-Cookie");
        return setCookies.stream().filter(c -> c.startsWith(name + "=")).map(c -> c.split(";", 2)[0]).findFirst();
    }
}
