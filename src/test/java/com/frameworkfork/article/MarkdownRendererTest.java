package com.frameworkfork.article;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersHeadingsListsAndGfmTables() {
        String html = renderer.render("""
                ## Setup

                - one
                - two

                | feature | Django | Flask |
                |---|---|---|
                | ORM | built in | extension |
                """).html();

        assertThat(html).contains("<h2>Setup</h2>", "<li>one</li>", "<table>", "<th>feature</th>", "<td>built in</td>");
    }

    @Test
    void escapesRawHtmlInsteadOfPassingItThrough() {
        String html = renderer.render("""
                Hello <script>alert(1)</script>

                <img src=x onerror=alert(2)>

                <div onclick="steal()">block</div>
                """).html();

        assertThat(html).doesNotContain("<script", "<img", "<div");
        assertThat(html).contains("&lt;script&gt;", "&lt;img src=x onerror=alert(2)&gt;");
    }

    @Test
    void dropsJavascriptLinkTargets() {
        String html = renderer.render("[click me](javascript:alert(1)) and [fine](/decide)").html();

        assertThat(html).doesNotContain("javascript:");
        assertThat(html).contains("href=\"/decide\"");
    }

    @Test
    void readingTimeCountsTheWordsOfTheTextNotTheMarkup() {
        String markup = " **bold** [link](https://example.com/a/very/long/address/with/many/parts) `code`";
        // 197 words of text plus three in the markup line: exactly 200 words read in one minute.
        RenderedMarkdown twoHundred = renderer.render("word ".repeat(197) + markup);
        RenderedMarkdown oneMore = renderer.render("word ".repeat(198) + markup);

        assertThat(twoHundred.readingMinutes()).isEqualTo(1);
        assertThat(oneMore.readingMinutes()).isEqualTo(2);
    }

    @Test
    void readingTimeRoundsUpAtTwoHundredWordsAMinute() {
        assertThat(MarkdownRenderer.readingMinutes(0)).isEqualTo(1);
        assertThat(MarkdownRenderer.readingMinutes(200)).isEqualTo(1);
        assertThat(MarkdownRenderer.readingMinutes(201)).isEqualTo(2);
        assertThat(MarkdownRenderer.readingMinutes(1400)).isEqualTo(7);
    }
}
