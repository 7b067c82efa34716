package com.frameworkfork.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
    void countsWordsOfTheTextNotTheMarkup() {
        RenderedMarkdown rendered = renderer.render("## Two words\n\nThree more **words** [here](/x).");

        assertThat(rendered.wordCount()).isEqualTo(6);
        assertThat(rendered.readingMinutes()).isEqualTo(1);
    }

    @Test
    void readingTimeRoundsUpAtTwoHundredWordsAMinute() {
        assertThat(MarkdownRenderer.readingMinutes(0)).isEqualTo(1);
        assertThat(MarkdownRenderer.readingMinutes(200)).isEqualTo(1);
        assertThat(MarkdownRenderer.readingMinutes(201)).isEqualTo(2);
        assertThat(MarkdownRenderer.readingMinutes(1400)).isEqualTo(7);
    }
}
