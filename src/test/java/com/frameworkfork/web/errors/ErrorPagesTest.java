package com.frameworkfork.web.errors;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.frameworkfork.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Error pages need a real servlet container: MockMvc does not forward to the error page. */
@SiteTest
class ErrorPagesTest {

    @LocalServerPort
    private int port;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/articles/no-such-article", "/compare/no-such-comparison", "/verdict/AAAAAAAAAAAAAAAAAAAAAA",
            "/no/such/page"})
    void anUnknownAddressGetsTheSiteNotFoundPageInTheLayout(String path) throws Exception {
        HttpResponse<String> response = send(to(path));
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(page.select("h1").text()).contains("could not find");
        assertThat(page.select("main a").eachAttr("href")).contains("/", "/articles", "/compare", "/decide");
        for (String way : page.select("main a").eachAttr("href")) {
            assertThat(send(to(way)).statusCode()).as("the way on %s", way).isEqualTo(200);
        }
        assertThat(page.select("header nav")).isNotEmpty();
        assertThat(page.select("link[rel=canonical]")).as("an error page is not a page to index").isEmpty();
        assertThat(response.body()).doesNotContain("Whitelabel", "Exception", "at com.");
    }

    @Test
    void aWrongMethodGetsAFriendlyPageNotAStackTrace() throws Exception {
        HttpResponse<String> response = send(to("/articles").method("DELETE", HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.body()).doesNotContain("Whitelabel", "Exception", "at com.");
        assertThat(Jsoup.parse(response.body()).select("main a[href=/]")).isNotEmpty();
    }
}
