package com.frameworkfork.security;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.frameworkfork.support.Admin;
import com.frameworkfork.support.SiteTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A few thousand odd requests, from a fixed seed so a failure can be replayed, against the real
 * server: paths built from the site's own route templates with mutated segments, odd encodings,
 * overlong values, every method, wrong content types, broken bodies and large headers, as a
 * reader and as the signed-in admin. None may get a 5xx or show a stack trace.
 */
@SiteTest
class RequestFuzzTest {

    private static final long SEED = 20261124L;
    private static final int REQUESTS = 3000;
    private static final Pattern LEAK = Pattern.compile("Exception|\\tat [a-z]|\\bat (com|org|java)\\.|Whitelabel|"
            + "Caused by|springframework|hibernate|org\\.h2|SQL state|Tomcat");
    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

    private static final List<String> METHODS = List.of("GET", "GET", "GET", "POST", "POST", "HEAD", "PUT", "DELETE",
            "PATCH", "OPTIONS", "TRACE");
    private static final List<String> CONTENT_TYPES = List.of("application/x-www-form-urlencoded", "application/json",
            "application/json; charset=nonsense", "application/x-www-form-urlencoded; charset=nope", "text/plain",
            "application/xml", "multipart/form-data", "multipart/form-data; boundary=xyz", "image/png", "*/*", ";;;",
            "application/problem+json");
    private static final List<String> ACCEPTS = List.of("text/html", "application/json", "*/*", "application/xml",
            "image/png", "text/event-stream", "garbage", "text/html;q=abc", "application/problem+json", "");
    private static final List<String> ODD_SEGMENTS = List.of("%00", "%2e%2e", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "%2f",
            "%5c", "%25", "%c0%af", "%ff%fe", "%e2%80%ae", "..%3b", ";jsessionid=abc", ";x=1", "%20", "+", "~", "%7B%7D",
            "%3Cscript%3E", "%27%20OR%201%3D1", "-1", "0", "9223372036854775808", "1e9", "NaN", "null", "true",
            "%F0%9F%98%80", "a.md", ".md", "x.json", "index.php", "%23", "%3F", "%26", "%3D", "_", "..", ".");
    private static final List<String> PARAMETERS = List.of("q", "category", "answer", "name", "body", "website",
            "published", "hidden", "enabled", "action", "slug", "title", "summary", "categorySlug", "publishedOn",
            "publishTime", "state", "ids", "confirmed", "bodyMarkdown", "sourceCodes", "error", "logout", "locked", "continue", "page", "_csrf", "username", "password");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void oddRequestsNeverGetAServerErrorOrAStackTrace() throws Exception {
        long articleId = jdbc.queryForObject("SELECT MIN(id) FROM article", Long.class);
        List<String> templates = routeTemplates();
        String adminCookies = signInAsAdmin();
        Random random = new Random(SEED);
        List<FuzzRequest> requests = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            requests.add(fuzzRequest(random, templates, articleId, i % 4 == 0 ? adminCookies : null));
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (FuzzRequest request : requests) {
                outcomes.add(pool.submit(() -> problemWith(request)));
            }
            List<String> problems = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                String problem = outcome.get();
                if (problem != null) {
                    problems.add(problem);
                }
            }
            assertThat(problems).as("requests answered with a 5xx or a stack trace").isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void malformedRequestLinesAndHostsAreRefusedCleanly() throws Exception {
        List<String> targets = List.of("/%", "/%zz", "/articles/%", "/articles/%G0", "/search?q=%", "/search?q=%zz%",
                "/..;/admin", "/articles/..%2f..%2fadmin", "/%2e%2e/%2e%2e/etc/passwd", "//admin", "/admin/./",
                "/articles/%00", "/decide/%00/%00", "/api/v1/verdicts/%00", "/./././", "/" + "a/".repeat(2000));
        List<String> hosts = List.of("localhost", "evil.example", "localhost:99999", "", "localhost\t", "[::1",
                "127.0.0.1.evil.example", "a".repeat(2000));
        List<String> problems = new ArrayList<>();
        for (String target : targets) {
            for (String host : hosts) {
                String raw = "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: text/html\r\nConnection: close\r\n\r\n";
                String answer = rawExchange(raw);
                int status = answer.length() >= 12 ? Integer.parseInt(answer.substring(9, 12)) : 0;
                if (status == 0 || status >= 500 || LEAK.matcher(answer).find()) {
                    problems.add(status + " for " + target + " on host " + host + ": " + excerpt(answer));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Each of these once produced a 500; they now get the 4xx named here. */
    @Test
    void requestsThatOnceBrokeTheSiteGetAClear4xx() throws Exception {
        assertThat(status("POST", "/api/v1/verdicts", "*/*", "{}")).isEqualTo(415);
        assertThat(status("GET", "/", "multipart/form-data", "")).isEqualTo(200);
        assertThat(status("POST", "/articles/fuzz-target/comments", "multipart/form-data", "name=a")).isEqualTo(403);
        assertThat(status("GET", "/search?q=%ff%fe", "text/plain", "")).isEqualTo(400);
        assertThat(status("PATCH", "/api/v1/verdicts", "application/x-www-form-urlencoded", "%zz=%")).isEqualTo(405);
        assertThat(status("GET", "/error", "text/plain", "")).isEqualTo(404);
    }

    private int status(String method, String path, String contentType, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private record FuzzRequest(String method, String path, String contentType, String accept, String body,
                               String cookies, String extraHeader) {
    }

    private FuzzRequest fuzzRequest(Random random, List<String> templates, long articleId, String cookies) {
        String template = pick(random, templates);
        StringBuilder path = new StringBuilder();
        Matcher variable = VARIABLE.matcher(template);
        while (variable.find()) {
            variable.appendReplacement(path, Matcher.quoteReplacement(segment(random, articleId)));
        }
        variable.appendTail(path);
        if (random.nextInt(5) == 0) {
            path.append(random.nextBoolean() ? "/" : "/" + pick(random, ODD_SEGMENTS));
        }
        if (random.nextInt(3) == 0) {
            path.append('?').append(query(random));
        }
        String method = pick(random, METHODS);
        String contentType = pick(random, CONTENT_TYPES);
        String body = method.equals("GET") || method.equals("HEAD") || method.equals("TRACE") ? "" : body(random, contentType);
        String extraHeader = random.nextInt(10) == 0 ? "x".repeat(1 + random.nextInt(6000)) : null;
        return new FuzzRequest(method, path.toString(), contentType, pick(random, ACCEPTS), body, cookies, extraHeader);
    }

    private static String segment(Random random, long articleId) {
        return switch (random.nextInt(8)) {
            case 0 -> "fuzz-target";
            case 1 -> Long.toString(articleId);
            case 2 -> encode(randomText(random, 1 + random.nextInt(40)));
            case 3 -> encode("x".repeat(1 + random.nextInt(3000)));
            case 4 -> "api";
            default -> pick(random, ODD_SEGMENTS);
        };
    }

    private static String query(Random random) {
        StringBuilder query = new StringBuilder();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                query.append('&');
            }
            String name = random.nextInt(6) == 0 ? encode(randomText(random, 5)) : pick(random, PARAMETERS);
            String value = switch (random.nextInt(5)) {
                case 0 -> pick(random, ODD_SEGMENTS);
                case 1 -> encode("y".repeat(random.nextInt(2000)));
                case 2 -> "";
                default -> encode(randomText(random, 1 + random.nextInt(30)));
            };
            query.append(name).append(random.nextInt(10) == 0 ? "" : "=" + value);
        }
        return query.toString();
    }

    private static String body(Random random, String contentType) {
        if (contentType.contains("json")) {
            return switch (random.nextInt(9)) {
                case 0 -> "{";
                case 1 -> "[" + "[".repeat(5000) + "]".repeat(5000) + "]";
                case 2 -> "{\"answers\": " + pick(random, List.of("null", "1", "\"x\"", "[]", "{\"api\": {}}", "{\"\": \"\"}")) + "}";
                case 3 -> "{\"answers\": {\"api\": \"" + "z".repeat(random.nextInt(10_000)) + "\"}}";
                case 4 -> "\u0000\u0001\u0002";
                case 5 -> "{\"answers\": {\"api\": \"yes\", \"admin\": \"no\", \"solo\": \"yes\", \"team\": \"no\", "
                        + "\"growth\": \"no\", \"learning\": \"yes\"}}";
                case 6 -> "{\"answers\": {\"api\": 1e999999, \"admin\": -0, \"solo\": true}}";
                case 7 -> "\"" + "\\u".repeat(10) + "\"";
                default -> "";
            };
        }
        StringBuilder form = new StringBuilder(query(random));
        if (random.nextInt(4) == 0) {
            form.append("&body=").append(encode("b".repeat(random.nextInt(10_000))));
        }
        if (random.nextInt(6) == 0) {
            form.append("&%zz=%&=&&name=%ff");
        }
        return form.toString();
    }

    private String problemWith(FuzzRequest fuzz) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + fuzz.path()))
                    .timeout(Duration.ofSeconds(30))
                    .method(fuzz.method(), fuzz.body().isEmpty() ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(fuzz.body()))
                    .header("Content-Type", fuzz.contentType());
            if (!fuzz.accept().isEmpty()) {
                request.header("Accept", fuzz.accept());
            }
            if (fuzz.cookies() != null) {
                request.header("Cookie", fuzz.cookies());
            }
            if (fuzz.extraHeader() != null) {
                request.header("X-Fuzz", fuzz.extraHeader());
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500 || LEAK.matcher(response.body()).find()) {
                return response.statusCode() + " for " + fuzz.method() + " " + shorten(fuzz.path()) + " (" + fuzz.contentType()
                        + ", accept " + fuzz.accept() + ", body " + shorten(fuzz.body()) + "): " + excerpt(response.body());
            }
            return null;
        } catch (Exception e) {
            return "no answer for " + fuzz.method() + " " + shorten(fuzz.path()) + ": " + e;
        }
    }

    private List<String> routeTemplates() {
        Set<String> templates = new TreeSet<>(List.of("/login", "/logout", "/assets/favicon.svg", "/assets/css/site.css",
                "/assets/js/comment-counter.js", "/actuator/health", "/actuator/env", "/error", "/nothing/here"));
        mappings.getHandlerMethods().keySet().forEach(info -> templates.addAll(info.getPatternValues()));
        return List.copyOf(templates);
    }

    /** Signs in through the real login form and returns the cookies of the admin's session. */
    private String signInAsAdmin() throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String csrfCookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                .map(c -> c.split(";", 2)[0]).findFirst().orElseThrow();
        String token = Jsoup.parse(page.body()).selectFirst("input[name=_csrf]").val();
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", csrfCookie)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + Admin.USERNAME + "&password="
                        + encode(Admin.PASSWORD) + "&_csrf=" + encode(token))).build(), HttpResponse.BodyHandlers.ofString());
        String session = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";", 2)[0]).findFirst().orElseThrow();
        return session;
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

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            text.appendCodePoint(kind < 6 ? 'a' + random.nextInt(26) : kind < 8 ? random.nextInt(0x80) : 0x80 + random.nextInt(0x2000));
        }
        return text.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static String shorten(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }

    private static String excerpt(String body) {
        Matcher leak = LEAK.matcher(body);
        int from = leak.find() ? Math.max(0, leak.start() - 100) : 0;
        return shorten(body.substring(from).replaceAll("\\s+", " "));
    }
}
