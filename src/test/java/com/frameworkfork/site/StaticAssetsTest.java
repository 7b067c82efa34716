package com.frameworkfork.site;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assets as a browser receives them over a real connection (MockMvc does not compress): content-hashed
 * names, a year's caching, gzip, and nothing loaded from another origin.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaticAssetsTest {

    private static final int STYLESHEET_BUDGET_BYTES = 40 * 1024;

    @LocalServerPort
    private int port;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<byte[]> fetch(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }

    private Document page(String path) throws Exception {
        HttpResponse<byte[]> response = fetch(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).as("%s compressed", path).hasValue("gzip");
        return Jsoup.parse(new String(gunzip(response.body()), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void theStylesheetHasAHashedNameALongCacheLifeAndIsCompressed() throws Exception {
        Element stylesheet = page("/").selectFirst("link[rel=stylesheet]");
        String href = stylesheet.attr("href");
        assertThat(href).matches("/assets/css/site-[0-9a-f]{32}\\.css");

        HttpResponse<byte[]> css = fetch(href);

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public");
        assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        byte[] original = new ClassPathResource("static/css/site.css").getContentAsByteArray();
        assertThat(gunzip(css.body())).isEqualTo(original);
        assertThat(original.length).as("one small stylesheet").isLessThan(STYLESHEET_BUDGET_BYTES);
        assertThat(css.body().length).isLessThan(original.length / 2);
    }

    @Test
    void theCommentScriptAndIconAreFingerprintedToo() throws Exception {
        Document article = page("/articles/what-each-framework-gives-you");
        String script = article.selectFirst("script[src]").attr("src");
        String icon = article.selectFirst("link[rel=icon]").attr("href");

        assertThat(script).matches("/assets/js/comment-counter-[0-9a-f]{32}\\.js");
        assertThat(icon).matches("/assets/favicon-[0-9a-f]{32}\\.svg");
        assertThat(fetch(script).headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public");
        assertThat(fetch(icon).headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/articles", "/articles/what-each-framework-gives-you", "/decide", "/compare/django-vs-flask", "/login"})
    void pagesLoadNothingFromAnotherOrigin(String path) throws Exception {
        Document document = page(path);

        assertThat(document.select("script[src], link[rel=stylesheet], link[rel=icon], img[src], iframe, object, embed, video, audio"))
                .allSatisfy(asset -> assertThat(asset.hasAttr("src") ? asset.attr("src") : asset.attr("href"))
                        .as("same-origin asset on %s", path).startsWith("/").doesNotStartWith("//"));
        assertThat(document.select("link[rel=stylesheet]")).as("one stylesheet").hasSize(1);
        assertThat(document.select("script:not([src])")).as("no inline scripts").isEmpty();
    }
}
