package com.frameworkfork.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.frameworkfork.FrameworkForkApplication;
import org.jsoup.Jsoup;

/**
 * The site as a JVM of its own, started with the configuration it ships with (no test
 * configuration), so a test can do to it what an outage does: kill it with SIGKILL, stop it with
 * SIGTERM, and start it again on the same database files. Only a separate process runs the JVM's
 * exit hooks the way production does.
 *
 * <p>The process runs in the given folder, so the default database {@code ./data/framework-fork}
 * is created there.
 */
public final class SiteProcess implements AutoCloseable {

    // Generous: on a busy two-core machine two sites starting at once have taken over two minutes.
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Process process;
    private final Path folder;
    private final Path log;
    private final int port;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String[] csrf;

    private SiteProcess(Process process, Path folder, Path log, int port) {
        this.process = process;
        this.folder = folder;
        this.log = log;
        this.port = port;
    }

    /** Starts the site in {@code folder} and returns once its health endpoint answers. */
    public static SiteProcess start(Path folder, String... arguments) throws IOException, InterruptedException {
        return start(folder, List.of(), arguments);
    }

    /**
     * Starts the site on the code the build generated ahead of time, as the README's production start
     * does; only after the package phase (browser and process tests) has that code been generated.
     */
    public static SiteProcess startAheadOfTime(Path folder, String... arguments) throws IOException, InterruptedException {
        return start(folder, List.of("-Dspring.aot.enabled=true"), arguments);
    }

    private static SiteProcess start(Path folder, List<String> jvmOptions, String... arguments)
            throws IOException, InterruptedException {
        int port = freePort();
        Path log = Files.createTempFile(folder, "site-", ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // The machines that run the tests are small: the quick compiler alone starts the site sooner.
                "-XX:TieredStopAtLevel=1", "-Xmx256m"));
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-cp", siteClassPath(),
                FrameworkForkApplication.class.getName(),
                "--server.port=" + port,
                "--spring.main.banner-mode=off"));
        command.addAll(Arrays.asList(arguments));
        Process process = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        SiteProcess site = new SiteProcess(process, folder, log, port);
        try {
            site.awaitHealthy();
        } catch (RuntimeException | InterruptedException e) {
            process.destroyForcibly().waitFor();
            throw e;
        }
        return site;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public int port() {
        return port;
    }

    /** A reader opens an article; returns the status. */
    public int read(String slug) throws IOException, InterruptedException {
        return send(request("/articles/" + slug).GET().build()).statusCode();
    }

    /** A reader with the given visitor id hearts an article; returns the status (303 when recorded). */
    public int heart(String slug, String visitorId) throws IOException, InterruptedException {
        return postForm("/articles/" + slug + "/hearts", "ff_visitor=" + visitorId, Map.of()).statusCode();
    }

    /** A reader comments on an article; returns the status (303 when saved). */
    public int comment(String slug, String body) throws IOException, InterruptedException {
        return postForm("/articles/" + slug + "/comments", null, Map.of("name", "Reader", "body", body, "website", ""))
                .statusCode();
    }

    /** A reader suggests a correction to an article; returns the status (303 when saved). */
    public int suggestCorrection(String slug, String problem) throws IOException, InterruptedException {
        return postForm("/corrections", null, Map.of("page", "articles/" + slug, "problem", problem, "website", ""))
                .statusCode();
    }

    /** A client asks the API for a verdict; the answer is 201 with the verdict's address when it was saved. */
    public HttpResponse<String> createVerdict() throws IOException, InterruptedException {
        return send(request("/api/v1/verdicts").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"answers": {"api": "yes", "admin": "no", "solo": "yes", "team": "no", "growth": "no", "learning": "yes"}}"""))
                .build());
    }

    /** The CSRF cookie a reader got with a page, as {@code name=value}. */
    public String csrfCookie() throws IOException, InterruptedException {
        return csrf()[0];
    }

    /** A form body with the reader's CSRF token and the given fields, URL-encoded. */
    public String form(Map<String, String> fields) throws IOException, InterruptedException {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "_csrf=" + URLEncoder.encode(csrf()[1], StandardCharsets.UTF_8) + "&", ""));
    }

    /** The reader's CSRF token as a page hands it out: the cookie and the form field that goes with it. */
    private synchronized String[] csrf() throws IOException, InterruptedException {
        if (csrf == null) {
            HttpResponse<String> page = send(request("/articles/moving-between-django-and-flask").GET().build());
            String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                    .map(c -> c.split(";", 2)[0]).findFirst()
                    .orElseThrow(() -> new AssertionError("No CSRF cookie on an article page"));
            String field = Jsoup.parse(page.body()).selectFirst("input[name=_csrf]").val();
            csrf = new String[] {cookie, field};
        }
        return csrf;
    }

    private HttpResponse<String> postForm(String path, String cookie, Map<String, String> fields)
            throws IOException, InterruptedException {
        return send(request(path).header("Cookie", cookie == null ? csrfCookie() : csrfCookie() + "; " + cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** SIGKILL, as the OOM killer or a pulled plug on the process does; returns once it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM, as systemd, Docker or Kubernetes stop a service; does not wait. */
    public void terminate() {
        process.destroy();
    }

    /** Waits for the process to end by itself and returns its exit code. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("The site had not exited after " + timeout + ":\n" + log());
        }
        return process.exitValue();
    }

    /** Waits until the site's output contains {@code text}. */
    public void awaitOutput(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!log().contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The site never wrote \"" + text + "\":\n" + log());
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    /** Everything the site wrote to standard output and standard error. */
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A connection to the site's database file, for a test to look at after the process has
     * ended (the database allows one process at a time).
     */
    public Connection openDatabase() throws SQLException {
        if (process.isAlive()) {
            throw new IllegalStateException("The site still holds its database");
        }
        return DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("data/framework-fork").toAbsolutePath(), "sa", "");
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitHealthy() throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        HttpRequest health = HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5)).build();
        while (true) {
            if (!process.isAlive()) {
                throw new AssertionError("The site exited with " + process.exitValue() + " while starting:\n" + log());
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Still starting.
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The site was not healthy after " + START_TIMEOUT + ":\n" + log());
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    /**
     * The test JVM's class path without the test classes: their configuration swaps the database
     * for an in-memory one, and the point here is the site as it ships.
     */
    private static String siteClassPath() {
        String testClasses;
        try {
            testClasses = Path.of(SiteProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).toAbsolutePath().toString().equals(testClasses))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
