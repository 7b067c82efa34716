package com.frameworkfork.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Requests to the real server on a random port, with cookies handled by hand so a test can send
 * exactly the cookies it means to (a planted one, a stale one, none).
 */
public final class SiteClient {

    private final int port;
    private final boolean viaHttpsProxy;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public SiteClient(int port) {
        this(port, false);
    }

    private SiteClient(int port, boolean viaHttpsProxy) {
        this.port = port;
        this.viaHttpsProxy = viaHttpsProxy;
    }

    /** The same server as reached through a TLS-terminating proxy on this host (X-Forwarded-Proto: https). */
    public SiteClient viaHttpsProxy() {
        return new SiteClient(port, true);
    }

    public HttpRequest.Builder request(String path, String cookies) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (viaHttpsProxy) {
            builder.header("X-Forwarded-Proto", "https");
        }
        return cookies == null || cookies.isEmpty() ? builder : builder.header("Cookie", cookies);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path, String cookies) throws Exception {
        return send(request(path, cookies).GET());
    }

    public HttpResponse<String> post(String path, String cookies, String form) throws Exception {
        return send(formPost(request(path, cookies), form));
    }

    public static HttpRequest.Builder formPost(HttpRequest.Builder request, String form) {
        return request.header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    /** Signs the test admin in and returns the session cookie, name=value. */
    public String signIn() throws Exception {
        return signIn(null);
    }

    /** Signs in carrying the given cookies (a planted or an earlier session id) and returns the new session cookie. */
    public String signIn(String cookies) throws Exception {
        HttpResponse<String> loginPage = get("/login", cookies);
        // Signed in already, the token is kept in the session and there is no cookie for it.
        String csrfCookie = csrfCookie(loginPage).orElse(null);
        HttpResponse<String> signedIn = post("/login", join(cookies, csrfCookie), "username=" + Admin.USERNAME
                + "&password=" + encode(Admin.PASSWORD) + "&_csrf=" + encode(formToken(loginPage.body(), "/login")));
        return cookie(signedIn, "JSESSIONID").orElseThrow();
    }

    public static String join(String... cookies) {
        StringBuilder joined = new StringBuilder();
        for (String cookie : cookies) {
            if (cookie != null && !cookie.isEmpty()) {
                joined.append(joined.isEmpty() ? "" : "; ").append(cookie);
            }
        }
        return joined.toString();
    }

    /** The hidden CSRF field of the form posting to the given action. */
    public static String formToken(String html, String action) {
        Element field = Jsoup.parse(html).selectFirst("form[action=" + action + "] input[name=_csrf]");
        if (field == null) {
            throw new AssertionError("no form posting to " + action + " with a CSRF field");
        }
        return field.val();
    }

    /** The CSRF cookie the response sets, name=value, whichever name it has over this scheme. */
    public static Optional<String> csrfCookie(HttpResponse<?> response) {
        return cookie(response, "__Host-XSRF-TOKEN").or(() -> cookie(response, "XSRF-TOKEN"));
    }

    /** The name=value part of the named cookie the response sets. */
    public static Optional<String> cookie(HttpResponse<?> response, String name) {
        return setCookies(response, name).stream().map(c -> c.split(";", 2)[0]).findFirst();
    }

    /** Every Set-Cookie header for the named cookie, attributes included. */
    public static List<String> setCookies(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).toList();
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
