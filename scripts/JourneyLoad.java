import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The reader-journey load of scripts/bench.sh, and the data its uncached figures need. Run as a single
 * source file on a JDK 17 or newer, without a build: {@code java scripts/JourneyLoad.java MODE BASE_URL ...}.
 *
 * <ul>
 * <li>{@code journeys}: a fixed number of readers at a time, each a new reader with no cookies, loads the home
 * page, an article, the quiz introduction, starts the quiz, answers every step it is redirected to (each POST
 * with the page's CSRF token, as a browser sends it) until it lands on the verdict, reads the verdict and opens
 * the comparison. Prints completed journeys and pages per second, p50 and p99 per step, and the CPU the
 * generator itself and the watched server used in the same window.</li>
 * <li>{@code prepare}: makes thousands of verdicts through the API and thousands of quizzes through the form,
 * and writes their page paths, one a line.</li>
 * <li>{@code record}: walks one journey and saves what it got, so that nginx can replay it to the same
 * generator (the generator's own ceiling).</li>
 * </ul>
 *
 * Hand-written rather than a wrk Lua script: wrk keeps one latency histogram for all requests and gives Lua
 * no clock, so it cannot report each step of a journey separately.
 */
class JourneyLoad {

    enum Step {
        HOME("home"), ARTICLE("article"), INTRO("quiz introduction"), START("quiz start (POST)"),
        QUESTION("question"), ANSWER("answer (POST)"), VERDICT("verdict"), COMPARISON("comparison");

        final String label;

        Step(String label) {
            this.label = label;
        }

        boolean isPage() {
            return this != START && this != ANSWER;
        }
    }

    private static final byte[] CSRF = "name=\"_csrf\" value=\"".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> ANSWERS = List.of("yes", "no", "unsure");
    /** Far more than any questionnaire has: a redirect loop ends the journey as failed instead of running on. */
    private static final int MAX_STEPS = 40;

    private final String host;
    private final int port;
    private final String hostHeader;
    private final ThreadLocal<Connection> connection = ThreadLocal.withInitial(Connection::new);
    private final Map<String, String> options;

    JourneyLoad(String base, Map<String, String> options) {
        URI uri = URI.create(base);
        if (!"http".equals(uri.getScheme())) {
            throw new IllegalArgumentException("only http:// addresses: " + base);
        }
        this.host = uri.getHost();
        this.port = uri.getPort() < 0 ? 80 : uri.getPort();
        this.hostHeader = uri.getPort() < 0 ? host : host + ":" + port;
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java JourneyLoad.java journeys|prepare|record BASE_URL [--option value]...");
            System.exit(2);
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 2; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        JourneyLoad load = new JourneyLoad(args[1], options);
        switch (args[0]) {
            case "journeys" -> load.journeys();
            case "prepare" -> load.prepare();
            case "record" -> load.record();
            default -> {
                System.err.println("unknown mode " + args[0]);
                System.exit(2);
            }
        }
    }

    // ---- journeys ---------------------------------------------------------------------------------------

    private volatile boolean measuring;
    private volatile boolean stopping;
    private final AtomicLong readers = new AtomicLong();
    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();

    private void journeys() throws Exception {
        int connections = intOption("connections", 32);
        int seconds = intOption("seconds", 20);
        int warmUp = intOption("warm-up", 5);
        List<String> articles = List.of(option("articles", "/articles/django-or-flask-decision-guide").split(","));
        String comparison = option("comparison", "/compare/django-vs-flask");
        List<ProcessHandle> server = Arrays.stream(option("server-pids", "").split(","))
                .filter(pid -> !pid.isBlank())
                .map(pid -> ProcessHandle.of(Long.parseLong(pid.trim())).orElseThrow())
                .toList();

        List<Log> logs = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Log log = new Log();
            logs.add(log);
            Thread worker = new Thread(() -> {
                while (!stopping) {
                    readers.incrementAndGet();
                    try {
                        Reader reader = new Reader(log);
                        reader.journey(articles, comparison);
                        if (measuring) {
                            log.journeys++;
                            log.questions += reader.questions;
                        }
                    } catch (RuntimeException failed) {
                        if (measuring) {
                            String reason = failed instanceof JourneyFailed ? failed.getMessage() : failed.toString();
                            failures.computeIfAbsent(reason, k -> new AtomicLong()).incrementAndGet();
                        }
                    }
                }
            }, "reader-" + i);
            workers.add(worker);
            worker.start();
        }
        Thread.sleep(warmUp * 1000L);
        long readersBefore = readers.get();
        Duration generatorBefore = cpu(List.of(ProcessHandle.current()));
        Duration serverBefore = cpu(server);
        long startedNs = System.nanoTime();
        measuring = true;
        Thread.sleep(seconds * 1000L);
        measuring = false;
        double elapsed = (System.nanoTime() - startedNs) / 1e9;
        Duration generatorCpu = cpu(List.of(ProcessHandle.current())).minus(generatorBefore);
        Duration serverCpu = cpu(server).minus(serverBefore);
        long readersInWindow = readers.get() - readersBefore;
        stopping = true;
        for (Thread worker : workers) {
            worker.join();
        }
        report(logs, connections, seconds, warmUp, elapsed, readersInWindow, generatorCpu, serverCpu, !server.isEmpty());
    }

    private void report(List<Log> logs, int connections, int seconds, int warmUp, double elapsed, long readersInWindow,
                        Duration generatorCpu, Duration serverCpu, boolean serverWatched) {
        long journeys = logs.stream().mapToLong(log -> log.journeys).sum();
        long questions = logs.stream().mapToLong(log -> log.questions).sum();
        long pages = 0;
        long requests = 0;
        System.out.printf("%d readers at a time, %d s measured after %d s of warm-up; %d distinct readers started%n",
                connections, seconds, warmUp, readersInWindow);
        System.out.printf("%-20s %9s %9s %9s %9s%n", "step", "count", "p50 ms", "p99 ms", "max ms");
        for (Step step : Step.values()) {
            int[] all = logs.stream().flatMapToInt(log -> Arrays.stream(log.latencies(step))).sorted().toArray();
            requests += all.length;
            if (step.isPage()) {
                pages += all.length;
            }
            System.out.printf("%-20s %9d %9s %9s %9s%n", step.label, all.length, millis(percentile(all, 50)),
                    millis(percentile(all, 99)), millis(all.length == 0 ? 0 : all[all.length - 1]));
        }
        System.out.printf("completed journeys: %d, %.1f/s (%.2f questions each)%n", journeys, journeys / elapsed,
                journeys == 0 ? 0.0 : (double) questions / journeys);
        System.out.printf("pages: %.0f/s; requests, pages and POSTs: %.0f/s%n", pages / elapsed, requests / elapsed);
        long failed = failures.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf("failed journeys: %d%s%n", failed, failed == 0 ? "" : " " + failures);
        System.out.printf("CPU in the window: load generator %.0f%% of one core%s%n",
                100 * generatorCpu.toNanos() / 1e9 / elapsed,
                serverWatched ? String.format(", server %.0f%% (%.2f ms of CPU a request)",
                        100 * serverCpu.toNanos() / 1e9 / elapsed, requests == 0 ? 0.0 : serverCpu.toNanos() / 1e6 / requests)
                        : "");
    }

    private static Duration cpu(List<ProcessHandle> processes) {
        return processes.stream()
                .map(process -> process.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    private static int percentile(int[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static String millis(int micros) {
        return String.format("%.2f", micros / 1000.0);
    }

    /** One worker's latencies in microseconds, per step; only the worker writes it, and it is read after join. */
    private final class Log {
        private final int[][] latencies = new int[Step.values().length][1024];
        private final int[] counts = new int[Step.values().length];
        long journeys;
        long questions;

        void add(Step step, long nanos) {
            if (!measuring) {
                return;
            }
            int i = step.ordinal();
            if (counts[i] == latencies[i].length) {
                latencies[i] = Arrays.copyOf(latencies[i], counts[i] * 2);
            }
            latencies[i][counts[i]++] = (int) Math.min(Integer.MAX_VALUE, nanos / 1000);
        }

        int[] latencies(Step step) {
            return Arrays.copyOf(latencies[step.ordinal()], counts[step.ordinal()]);
        }
    }

    private static final class JourneyFailed extends RuntimeException {
        JourneyFailed(String message) {
            super(message, null, false, false);
        }
    }

    private record Page(int status, byte[] body, String location, List<String> setCookies) {
    }

    /**
     * One keep-alive HTTP/1.1 connection a worker thread, written on a plain socket: the JDK's HTTP client
     * cost the generator about 0.47 ms of CPU a request, more than half of what the server spent, on a
     * machine they share. Bodies stay bytes; only pages a token is read from become text.
     */
    private final class Connection {
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Page exchange(String method, String path, String cookieHeader, String contentType, byte[] body) throws IOException {
            StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(hostHeader).append("\r\n");
            if (cookieHeader != null) {
                head.append("Cookie: ").append(cookieHeader).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ").append(body.length)
                        .append("\r\n");
            }
            byte[] request = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
            for (int attempt = 0; ; attempt++) {
                boolean reused = socket != null;
                try {
                    if (socket == null) {
                        open();
                    }
                    out.write(request);
                    if (body != null) {
                        out.write(body);
                    }
                    out.flush();
                    return read();
                } catch (IOException e) {
                    close();
                    // A kept-alive connection the server closed meanwhile: try once on a new one, as a browser does.
                    if (!reused || attempt > 0) {
                        throw e;
                    }
                }
            }
        }

        private void open() throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            socket.connect(new InetSocketAddress(host, port), 10_000);
            in = new BufferedInputStream(socket.getInputStream(), 65_536);
            out = new BufferedOutputStream(socket.getOutputStream(), 4_096);
        }

        void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // Nothing is left to read from it either way.
                }
            }
            socket = null;
        }

        private Page read() throws IOException {
            String statusLine = line();
            if (statusLine == null) {
                throw new EOFException("connection closed before a response");
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closing = false;
            String location = "";
            List<String> setCookies = new ArrayList<>(2);
            for (String header = line(); header != null && !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> closing = value.equalsIgnoreCase("close");
                    case "location" -> location = pathOf(value);
                    case "set-cookie" -> setCookies.add(value);
                    default -> { }
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream(length > 0 ? (int) length : 8_192);
            if (chunked) {
                for (long size = Long.parseLong(line().split(";", 2)[0].trim(), 16); size > 0;
                     size = Long.parseLong(line().split(";", 2)[0].trim(), 16)) {
                    copy(size, body);
                    line();
                }
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // Trailers carry nothing a journey needs.
                }
            } else if (length >= 0) {
                copy(length, body);
            } else {
                in.transferTo(body);
                closing = true;
            }
            if (closing) {
                close();
            }
            return new Page(status, body.toByteArray(), location, setCookies);
        }

        private void copy(long bytes, ByteArrayOutputStream to) throws IOException {
            byte[] buffer = new byte[(int) Math.min(bytes, 65_536)];
            for (long left = bytes; left > 0; ) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new EOFException("connection closed inside a body");
                }
                to.write(buffer, 0, n);
                left -= n;
            }
        }

        /** A header line without its CRLF, or null at the end of the stream. */
        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    return line.length() == 0 ? null : line.toString();
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }
    }

    /** One reader: its own cookies (a browser's jar, for the CSRF token cookie), one journey. */
    private final class Reader {
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private final Log log;
        private final Map<String, Page> saved;
        int questions;

        Reader(Log log) {
            this(log, null);
        }

        Reader(Log log, Map<String, Page> saved) {
            this.log = log;
            this.saved = saved;
        }

        /** The verdict's path. */
        String journey(List<String> articles, String comparison) {
            expect(Step.HOME, get(Step.HOME, "/"), 200);
            for (String article : articles(articles)) {
                expect(Step.ARTICLE, get(Step.ARTICLE, article), 200);
            }
            Page intro = expect(Step.INTRO, get(Step.INTRO, "/decide"), 200);
            Page started = expect(Step.START, post(Step.START, "/decide", Map.of("_csrf", csrf(intro))), 303);
            String next = started.location();
            while (next.startsWith("/decide/")) {
                if (questions == MAX_STEPS) {
                    throw new JourneyFailed("more than " + MAX_STEPS + " questions");
                }
                Page question = expect(Step.QUESTION, get(Step.QUESTION, next), 200);
                next = answer(next, question);
                questions++;
            }
            if (!next.startsWith("/verdict/")) {
                throw new JourneyFailed("the last answer led to " + next);
            }
            expect(Step.VERDICT, get(Step.VERDICT, next), 200);
            expect(Step.COMPARISON, get(Step.COMPARISON, comparison), 200);
            return next;
        }

        /** A random article; all of them when recording, so nginx has every page a journey may ask for. */
        private List<String> articles(List<String> articles) {
            return saved != null ? articles : List.of(articles.get(ThreadLocalRandom.current().nextInt(articles.size())));
        }

        /**
         * Posts a random answer and returns where it redirects. An answer the questionnaire refuses (it
         * contradicts an earlier one) is changed, as a reader would, on the page that says so.
         */
        private String answer(String path, Page question) {
            List<String> choices = new ArrayList<>(saved != null ? List.of("unsure") : ANSWERS);
            Page page = question;
            while (!choices.isEmpty()) {
                String answer = choices.remove(ThreadLocalRandom.current().nextInt(choices.size()));
                Page answered = post(Step.ANSWER, path, Map.of("answer", answer, "_csrf", csrf(page)));
                if (answered.status() == 303) {
                    return answered.location();
                }
                page = expect(Step.ANSWER, answered, 422);
            }
            throw new JourneyFailed("every answer to " + path + " was refused");
        }

        Page get(Step step, String path) {
            return exchange(step, "GET", path, null, null);
        }

        Page post(Step step, String path, Map<String, String> form) {
            StringBuilder body = new StringBuilder();
            form.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            return exchange(step, "POST", path, "application/x-www-form-urlencoded",
                    body.toString().getBytes(StandardCharsets.UTF_8));
        }

        private Page exchange(Step step, String method, String path, String contentType, byte[] body) {
            String cookieHeader = null;
            if (!cookies.isEmpty()) {
                StringBuilder header = new StringBuilder();
                cookies.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ")
                        .append(name).append('=').append(value));
                cookieHeader = header.toString();
            }
            Page page;
            long startedNs = System.nanoTime();
            try {
                page = connection.get().exchange(method, path, cookieHeader, contentType, body);
            } catch (IOException e) {
                throw new JourneyFailed(step.label + ": " + e.getClass().getSimpleName());
            }
            log.add(step, System.nanoTime() - startedNs);
            for (String cookie : page.setCookies()) {
                String pair = cookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                String name = pair.substring(0, equals).trim();
                String value = pair.substring(equals + 1).trim();
                if (value.isEmpty() || cookie.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            if (saved != null) {
                saved.put(method + " " + path, page);
            }
            return page;
        }

        private Page expect(Step step, Page page, int status) {
            if (page.status() != status) {
                throw new JourneyFailed(step.label + ": HTTP " + page.status());
            }
            return page;
        }

        private String csrf(Page page) {
            byte[] body = page.body();
            for (int at = 0; at + CSRF.length <= body.length; at++) {
                if (Arrays.equals(body, at, at + CSRF.length, CSRF, 0, CSRF.length)) {
                    int start = at + CSRF.length;
                    int end = start;
                    while (end < body.length && body[end] != '"') {
                        end++;
                    }
                    return new String(body, start, end - start, StandardCharsets.US_ASCII);
                }
            }
            throw new JourneyFailed("no CSRF token on a page");
        }
    }

    /** A redirect's target as a path: Location may be absolute or relative. */
    private static String pathOf(String location) {
        if (!location.startsWith("http")) {
            return location;
        }
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    // ---- prepare ----------------------------------------------------------------------------------------

    private void prepare() throws Exception {
        int verdicts = intOption("verdicts", 5000);
        int quizzes = intOption("quizzes", 5000);
        int connections = intOption("connections", 8);
        Log unmeasured = new Log();

        // The questions are learned from one walk through the quiz, so a model with other steps needs no change here.
        Reader walker = new Reader(unmeasured, new LinkedHashMap<>());
        Set<String> keys = new LinkedHashSet<>();
        walker.journey(List.of(), option("comparison", "/compare/django-vs-flask"));
        walker.saved.keySet().stream()
                .filter(request -> request.startsWith("GET /decide/"))
                .forEach(request -> keys.add(request.substring(request.lastIndexOf('/') + 1)));
        List<String> questionKeys = List.copyOf(keys);

        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<String>> verdictPaths = new ArrayList<>();
        for (int i = 0; i < verdicts; i++) {
            verdictPaths.add(pool.submit(() -> newVerdict(questionKeys)));
        }
        Reader starter = new Reader(unmeasured);
        Page intro = starter.get(Step.INTRO, "/decide");
        String token = starter.csrf(intro);
        List<Future<String>> questionPaths = new ArrayList<>();
        for (int i = 0; i < quizzes; i++) {
            questionPaths.add(pool.submit(() -> newQuiz(starter.cookies, token, questionKeys)));
        }
        write(Path.of(option("verdict-file", "verdicts.txt")), verdictPaths);
        write(Path.of(option("question-file", "questions.txt")), questionPaths);
        pool.shutdown();
        System.out.printf("made %d verdicts and %d quizzes (questions %s)%n", verdicts, quizzes, questionKeys);
    }

    /** Random answers; a combination the scoring refuses (contradictory answers) is drawn again. */
    private String newVerdict(List<String> keys) throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            StringBuilder json = new StringBuilder("{\"answers\":{");
            for (String key : keys) {
                json.append(json.charAt(json.length() - 1) == '{' ? "" : ",").append('"').append(key).append("\":\"")
                        .append(ANSWERS.get(ThreadLocalRandom.current().nextInt(ANSWERS.size()))).append('"');
            }
            json.append("}}");
            Page response = connection.get().exchange("POST", "/api/v1/verdicts", null, "application/json",
                    json.toString().getBytes(StandardCharsets.UTF_8));
            if (response.status() == 201) {
                // The verdict's own address; the body holds other links too (next steps, sources).
                String path = response.location();
                if (!path.startsWith("/verdict/")) {
                    throw new IllegalStateException("the verdict API's Location is not a verdict: '" + path + "'");
                }
                return path;
            } else if (response.status() != 400 && response.status() != 422) {
                throw new IllegalStateException("the verdict API answered HTTP " + response.status());
            }
        }
        throw new IllegalStateException("the verdict API refused 100 random answer sets");
    }

    /**
     * A new quiz started with one reader's CSRF cookie and token, and one of its questions at random (a
     * question page needs no earlier answers).
     */
    private String newQuiz(Map<String, String> cookies, String token, List<String> keys) {
        Reader starter = new Reader(new Log());
        starter.cookies.putAll(cookies);
        String first = starter.expect(Step.START, starter.post(Step.START, "/decide", Map.of("_csrf", token)), 303)
                .location();
        String quiz = first.substring(0, first.lastIndexOf('/') + 1);
        return quiz + keys.get(ThreadLocalRandom.current().nextInt(keys.size()));
    }

    private static void write(Path file, List<Future<String>> paths) throws Exception {
        List<String> lines = new ArrayList<>();
        for (Future<String> path : paths) {
            lines.add(path.get());
        }
        Files.write(file, lines);
    }

    // ---- record -----------------------------------------------------------------------------------------

    /**
     * Saves one journey for nginx: each page under its path plus ".html" ("/" as "/index.html"), and each
     * POST's redirect as a line "path target" in redirects.txt.
     */
    private void record() throws IOException {
        Path directory = Path.of(option("directory", "replay"));
        List<String> articles = List.of(option("articles", "/articles/django-or-flask-decision-guide").split(","));
        Map<String, Page> saved = new LinkedHashMap<>();
        new Reader(new Log(), saved).journey(articles, option("comparison", "/compare/django-vs-flask"));
        List<String> redirects = new ArrayList<>();
        saved.forEach((request, page) -> {
            String path = request.substring(request.indexOf(' ') + 1);
            if (request.startsWith("POST ")) {
                redirects.add(path + " " + page.location());
                return;
            }
            Path file = directory.resolve((path.equals("/") ? "index" : path.substring(1)) + ".html");
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, page.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Files.write(directory.resolve("redirects.txt"), redirects);
    }

    private String option(String name, String fallback) {
        return Optional.ofNullable(options.get(name)).orElse(fallback);
    }

    private int intOption(String name, int fallback) {
        return Integer.parseInt(option(name, String.valueOf(fallback)));
    }
}
