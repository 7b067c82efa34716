package com.frameworkfork.security;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers and anonymous visitors never get an HTTP session, so no number of anonymous requests
 * can fill the server's memory with them. Counted by Tomcat's own session manager.
 */
@SiteTest
class AnonymousSessionsTest {

    private static final int FLOOD = 3000;

    @LocalServerPort
    int port;

    @Autowired
    WebServerApplicationContext server;

    private SiteClient site;
    private TomcatSessions sessions;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
        sessions = new TomcatSessions(server);
    }

    @Test
    void thousandsOfAnonymousBackOfficeRequestsWithLargeHeadersCreateNoSession() throws Exception {
        long createdBefore = sessions.created();
        int activeBefore = sessions.active();
        String longValue = "x".repeat(1500);
        String padding = "p".repeat(5000);
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < FLOOD; i++) {
            String path = "/admin/x" + i + "?p1=" + longValue + "&n=" + i;
            requests.add(() -> site.send(site.request(path, null).header("X-Padding", padding)
                    .header("Accept", "text/html").GET()).statusCode());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<Integer> status : pool.invokeAll(requests)) {
                assertThat(status.get()).as("an anonymous request for the back office is sent to sign in").isEqualTo(302);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(sessions.created()).as("sessions created by the flood").isEqualTo(createdBefore);
        assertThat(sessions.active()).isEqualTo(activeBefore);
        assertThat(site.get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(site.get("/", null).statusCode()).isEqualTo(200);
    }

    /** Every other way an anonymous visitor reaches the server: sign-in page, wrong passwords, error pages, refused POSTs. */
    @Test
    void signInPagesWrongPasswordsErrorsAndRefusedPostsCreateNoSession() throws Exception {
        long createdBefore = sessions.created();
        List<HttpResponse<String>> answers = new ArrayList<>();

        HttpResponse<String> loginPage = site.get("/login", null);
        answers.add(loginPage);
        String csrf = cookie(loginPage, "XSRF-TOKEN").orElseThrow();
        String token = encode(formToken(loginPage.body(), "/login"));
        HttpResponse<String> wrongPassword = site.post("/login", csrf, "username=admin&password=wrong-one&_csrf=" + token);
        assertThat(wrongPassword.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        answers.add(wrongPassword);
        answers.add(site.get("/login?error", csrf));
        answers.add(site.post("/login", null, "username=admin&password=" + encode(Admin.PASSWORD)));
        answers.add(site.post("/logout", csrf, "_csrf=" + token));
        answers.add(site.get("/no-such-page", null));
        answers.add(site.send(site.request("/no-such-page", null).header("Accept", "text/html").GET()));
        answers.add(site.post("/decide", null, ""));
        answers.add(site.get("/actuator/env", null));
        answers.add(site.get("/admin", null));

        assertThat(answers).noneMatch(AnonymousSessionsTest::setsASessionId);
        assertThat(sessions.created()).isEqualTo(createdBefore);
    }

    /** Signing out deletes the session cookie by sending it empty; that sets no id. */
    private static boolean setsASessionId(HttpResponse<String> answer) {
        return cookie(answer, "JSESSIONID").filter(value -> !value.equals("JSESSIONID=")).isPresent();
    }
}
