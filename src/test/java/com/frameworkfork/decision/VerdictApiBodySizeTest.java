package com.frameworkfork.decision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.frameworkfork.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verdict API reads no more of a body than a verdict needs: too large a body is refused with
 * 413 as a problem, whether its size is declared up front or it arrives in chunks. Sent over raw
 * connections, so the declared length and the chunks are exactly what a client would send.
 */
@SiteTest
class VerdictApiBodySizeTest {

    private static final String ANSWERS = """
            "answers": {"api": "no", "admin": "yes", "solo": "no", "team": "yes", "growth": "yes", "learning": "no"}""";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void aDeclaredLargeBodyIsRefusedBeforeItIsRead() throws Exception {
        // Ten megabytes announced and not a byte of them sent: the refusal comes first, not "100 Continue".
        Response response = exchange("Content-Length: 10000000\r\nExpect: 100-continue", "");

        assertTooLarge(response);
    }

    @Test
    void aLargeChunkedBodyIsRefused() throws Exception {
        String body = "{" + ANSWERS + ", \"padding\": [" + "1,".repeat(50_000) + "1]}";

        Response response = exchange("Transfer-Encoding: chunked", chunked(body));

        assertTooLarge(response);
    }

    @Test
    void aVerdictWithRoomToSpareIsCreatedWhetherChunkedOrNot() throws Exception {
        String padded = "{" + ANSWERS + " ".repeat(12_000) + "}";

        assertThat(exchange("Transfer-Encoding: chunked", chunked(padded)).status()).isEqualTo(201);
        assertThat(exchange("Content-Length: " + padded.length(), padded).status()).isEqualTo(201);
    }

    private static void assertTooLarge(Response response) {
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.headers().get("content-type")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(413);
        assertThat(problem.get("errors").isArray()).isTrue();
        for (JsonNode error : problem.get("errors")) {
            assertThat(error.get("question").asString()).isNotBlank();
            assertThat(error.get("message").asString()).isNotBlank();
        }
    }

    private static String chunked(String body) {
        StringBuilder chunks = new StringBuilder();
        for (int start = 0; start < body.length(); start += 4096) {
            String chunk = body.substring(start, Math.min(body.length(), start + 4096));
            chunks.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        return chunks.append("0\r\n\r\n").toString();
    }

    private Response exchange(String framingHeader, String body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/verdicts HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + framingHeader + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
            out.flush();
            return Response.read(socket.getInputStream());
        }
    }

    private record Response(int status, Map<String, String> headers, String body) {

        static Response read(InputStream in) throws IOException {
            String statusLine = line(in);
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                for (int size = Integer.parseInt(line(in), 16); size > 0; size = Integer.parseInt(line(in), 16)) {
                    body.write(in.readNBytes(size));
                    line(in);
                }
            } else if (headers.containsKey("content-length")) {
                body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
            }
            return new Response(status, headers, body.toString(StandardCharsets.UTF_8));
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("The connection closed mid-response");
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
