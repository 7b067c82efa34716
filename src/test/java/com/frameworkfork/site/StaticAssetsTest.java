package com.frameworkfork.site;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import com.frameworkfork.support.SiteTest;
import com.frameworkfork.support.TestArticles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assets as a browser receives them over a real connection (MockMvc does not compress): content-hashed
 * names under /assets, a year's caching, gzip, and nothing loaded from another origin. Only /assets is
 * looked up among the files, so a link to a page is never mistaken for a link to a file.
 */
@SiteTest
class StaticAssetsTest {

    private static final int STYLESHEET_BUDGET_BYTES = 40 * 1024;

    @LocalServerPort
    private int port;

    @Autowired
    private MockMvc mvc;

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
    @ValueSource(strings = {"/css/site.css", "/favicon.svg", "/js/comment-counter.js"})
    void theFilesAreNotServedAtTheirOldAddresses(String oldAddress) throws Exception {
        assertThat(fetch(oldAddress).statusCode()).isEqualTo(404);
    }

    @Test
    void theStylesheetIsAlsoServedUnderItsPlainNameWithTheSameLongCacheLife() throws Exception {
        HttpResponse<byte[]> css = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/assets/css/site.css"))
                .build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public");
        assertThat(css.body()).isEqualTo(new ClassPathResource("static/css/site.css").getContentAsByteArray());
    }

    /**
     * The test classes hold a file at static/articles/shadowed-by-a-file. Were every path looked up among
     * the files, the link to the article of that name would be rewritten to the file's hashed name.
     */
    @Test
    void aLinkToAPageIsNeverTakenForAFileOfTheSameName() throws Exception {
        TestArticles.create(mvc, "shadowed-by-a-file");

        Document list = page("/articles");
        Element link = list.selectFirst(".card-title a[href^=/articles/shadowed-by-a-file]");

        assertThat(link.attr("href")).isEqualTo("/articles/shadowed-by-a-file");
        assertThat(page(link.attr("href")).select("h1").text()).isEqualTo("Title of shadowed-by-a-file");
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
