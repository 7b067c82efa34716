package com.frameworkfork.article;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.springframework.stereotype.Component;

/**
 * Turns article Markdown into HTML that is safe to insert unescaped: raw HTML in the source is
 * escaped rather than passed through, and link targets with unsafe schemes such as
 * {@code javascript:} are dropped.
 */
@Component
public class MarkdownRenderer {

    /** A common figure for reading speed of technical prose. */
    static final int WORDS_PER_MINUTE = 200;

    private final Parser parser;
    private final HtmlRenderer htmlRenderer;
    private final TextContentRenderer textRenderer;

    public MarkdownRenderer() {
        List<Extension> extensions = List.of(TablesExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.htmlRenderer = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .build();
        this.textRenderer = TextContentRenderer.builder().extensions(extensions).build();
    }

    public RenderedMarkdown render(String markdown) {
        Node document = parser.parse(markdown == null ? "" : markdown);
        String html = htmlRenderer.render(document);
        int words = countWords(textRenderer.render(document));
        return new RenderedMarkdown(html, words, readingMinutes(words));
    }

    static int countWords(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    static int readingMinutes(int words) {
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }
}
