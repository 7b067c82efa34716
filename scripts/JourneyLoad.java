import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * Hand-written on the JDK's HTTP client rather than a wrk Lua script: wrk keeps one latency histogram for
 * all requests and gives Lua no clock, so it cannot report each step of a journey separately.
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

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final List<String> ANSWERS = List.of("yes", "no", "unsure");
    /** Far more than any questionnaire has: a redirect loop ends the journey as failed instead of running on. */
    private static final int MAX_STEPS = 40;

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String base;
    private final Map<String, String> options;

    JourneyLoad(String base, Map<String, String> options) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
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

    private record Page(int status, String body, String location) {
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
            return exchange(step, path, HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        Page post(Step step, String path, Map<String, String> form) {
            StringBuilder body = new StringBuilder();
            form.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            return exchange(step, path, HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        }

        private Page exchange(Step step, String path, HttpRequest.Builder request) {
            if (!cookies.isEmpty()) {
                StringBuilder header = new StringBuilder();
                cookies.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ")
                        .append(name).append('=').append(value));
                request.header("Cookie", header.toString());
            }
            request.timeout(Duration.ofSeconds(30));
            HttpResponse<String> response;
            long startedNs = System.nanoTime();
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new JourneyFailed(step.label + ": " + e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new JourneyFailed(step.label + ": interrupted");
            }
            log.add(step, System.nanoTime() - startedNs);
            for (String cookie : response.headers().allValues("set-cookie")) {
                String pair = cookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                String name = pair.substring(0, equals).trim();
                String value = pair.substring(equals + 1).trim();
                if (value.isEmpty() || cookie.toLowerCase().contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            Page page = new Page(response.statusCode(), response.body(),
                    response.headers().firstValue("location").map(JourneyLoad::pathOf).orElse(""));
            if (saved != null) {
                saved.put(("GET".equals(response.request().method()) ? "GET " : "POST ") + path, page);
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
            Matcher token = CSRF.matcher(page.body());
            if (!token.find()) {
                throw new JourneyFailed("no CSRF token on a page");
            }
            return token.group(1);
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
    private String newVerdict(List<String> keys) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            StringBuilder json = new StringBuilder("{\"answers\":{");
            for (String key : keys) {
                json.append(json.charAt(json.length() - 1) == '{' ? "" : ",").append('"').append(key).append("\":\"")
                        .append(ANSWERS.get(ThreadLocalRandom.current().nextInt(ANSWERS.size()))).append('"');
            }
            json.append("}}");
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/verdicts"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) {
                // The verdict's own address; the body holds other links too (next steps, sources).
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new IllegalStateException("the verdict API answered 201 without a Location"));
                String path = pathOf(location);
                if (!path.startsWith("/verdict/")) {
                    throw new IllegalStateException("the verdict API's Location is not a verdict: " + location);
                }
                return path;
            } else if (response.statusCode() != 400 && response.statusCode() != 422) {
                throw new IllegalStateException("the verdict API answered HTTP " + response.statusCode());
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
                Files.writeString(file, page.body());
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
