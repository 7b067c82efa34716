package com.frameworkfork.decision.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.frameworkfork.decision.verdict.VerdictService;
import com.frameworkfork.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Many clients creating verdicts at once through the API: every one is stored and counted exactly once. */
@SiteTest
class ConcurrentVerdictsTest {

    private static final int CLIENTS = 16;
    private static final int VERDICTS_EACH = 20;
    private static final List<String> ANSWERS = List.of("yes", "no", "unsure");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    VerdictService verdicts;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void concurrentVerdictsAreAllStoredAndCounted() throws Exception {
        long counted = verdicts.stats().total();
        long stored = jdbc.queryForObject("SELECT COUNT(*) FROM decision_verdict", Long.class);
        List<Callable<List<String>>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int clientNumber = c;
            // Each client has its own address (through the proxy header the site trusts), so each has its own allowance.
            clients.add(() -> {
                List<String> ids = new ArrayList<>();
                for (int v = 0; v < VERDICTS_EACH; v++) {
                    HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                    + "/api/v1/verdicts"))
                            .header("Content-Type", "application/json")
                            .header("X-Forwarded-For", "203.0.113." + (clientNumber + 1))
                            .POST(HttpRequest.BodyPublishers.ofString(answers(clientNumber * VERDICTS_EACH + v))).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                    ids.add(created.headers().firstValue("Location").orElseThrow());
                }
                return ids;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        Set<String> ids = new HashSet<>();
        try {
            for (Future<List<String>> done : pool.invokeAll(clients)) {
                ids.addAll(done.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(ids).hasSize(CLIENTS * VERDICTS_EACH);
        assertThat(verdicts.stats().total()).isEqualTo(counted + CLIENTS * VERDICTS_EACH);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM decision_verdict", Long.class))
                .isEqualTo(stored + CLIENTS * VERDICTS_EACH);
    }

    /**
     * A different mix of answers for each n, so verdicts of every kind are created side by side;
     * a solo developer is never also part of a team, which the questionnaire rejects.
     */
    private static String answers(int n) {
        String[] keys = {"api", "admin", "solo", "team", "growth", "learning"};
        int[] digits = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            digits[i] = (int) (n / Math.pow(3, i)) % 3;
        }
        if (digits[2] == 0 && digits[3] == 0) {
            digits[3] = 1;
        }
        StringBuilder json = new StringBuilder("{\"answers\": {");
        for (int i = 0; i < keys.length; i++) {
            int digit = digits[i];
            json.append(i == 0 ? "" : ", ").append('"').append(keys[i]).append("\": \"").append(ANSWERS.get(digit)).append('"');
        }
        return json.append("}}").toString();
    }
}
