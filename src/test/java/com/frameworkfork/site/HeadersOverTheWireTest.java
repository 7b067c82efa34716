package com.frameworkfork.site;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.frameworkfork.support.SiteClient;
import com.frameworkfork.support.SiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.frameworkfork.support.SiteClient.setCookies;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headers and cookies as they leave the real server, including the answers Tomcat gives itself
 * to requests it cannot parse, which never reach the application.
 */
@SiteTest
class HeadersOverTheWireTest {

    private static final List<String> PROTECTIVE = List.of("Content-Security-Policy", "X-Frame-Options",
            "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy");

    @LocalServerPort
    int port;

    private SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "GET /a|b HTTP/1.1\r\nHost: localhost\r\n",
            "GET /%zz HTTP/1.1\r\nHost: localhost\r\n",
            "GET /a\\b HTTP/1.1\r\nHost: localhost\r\n",
            "GET / HTTP/9.9\r\nHost: localhost\r\n",
            "GET / HTTP/1.1\r\nHost: localhost\r\nHost: other.example\r\n",
            "GET / HTTP/1.1\r\nHost: localhost\r\nX-Padding: LONG\r\n",
            "POST / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: gzip\r\n",
            "GET / HTTP/1.1\r\nHost: evil.example\r\n",
            "GET /admin;x=1 HTTP/1.1\r\nHost: localhost\r\n"})
    void refusedRequestsGetTheSameProtectiveHeadersAsPages(String requestHead) throws Exception {
        Map<String, String> page = protectiveHeaders(site.get("/", null).headers());
        assertThat(page).hasSize(PROTECTIVE.size());

        String answer = rawExchange(requestHead.replace("LONG", "x".repeat(20_000)) + "Connection: close\r\n\r\n");

        assertThat(status(answer)).isBetween(400, 505);
        assertThat(protectiveHeaders(answer)).isEqualTo(page);
    }

    @Test
    void aRefusedPostSetsTheTokenCookieOnce() throws Exception {
        for (String accept : List.of("text/html", "application/json", "*/*")) {
            HttpResponse<String> refused = site.send(SiteClient.formPost(site.request("/decide", null)
                    .header("Accept", accept), ""));

            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(setCookies(refused, "XSRF-TOKEN")).as("token cookies for Accept %s", accept).hasSize(1);
        }
    }

    @Test
    void theHealthCheckSetsNoCookie() throws Exception {
        HttpResponse<String> health = site.get("/actuator/health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().allValues("Set-Cookie")).isEmpty();
    }

    private static Map<String, String> protectiveHeaders(HttpHeaders headers) {
        Map<String, String> found = new LinkedHashMap<>();
        for (String name : PROTECTIVE) {
            List<String> values = headers.allValues(name);
            if (!values.isEmpty()) {
                found.put(name, String.join(" | ", values));
            }
        }
        return found;
    }

    /** The protective headers of a raw HTTP response, each with all its values. */
    private static Map<String, String> protectiveHeaders(String rawResponse) {
        Map<String, String> found = new LinkedHashMap<>();
        String head = rawResponse.substring(0, Math.max(0, rawResponse.indexOf("\r\n\r\n")));
        for (String name : PROTECTIVE) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                    found.merge(name, line.substring(colon + 1).trim(), (a, b) -> a + " | " + b);
                }
            }
        }
        return found;
    }

    private static int status(String rawResponse) {
        return rawResponse.length() >= 12 ? Integer.parseInt(rawResponse.substring(9, 12)) : 0;
    }

    private String rawExchange(String raw) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(raw.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
