package com.frameworkfork.article;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Turns article Markdown into HTML that is safe to insert unescaped: raw HTML in the source is
 * escaped rather than passed through, and link and image targets keep only the http, https and
 * mailto schemes (commonmark's default list also lets {@code data:} through, which can carry a
 * whole HTML page). Public so that the site's own pages (the home feature) render the same way.
 */
@Component
public class MarkdownRenderer {

    static final List<String> SAFE_SCHEMES = List.of("http", "https", "mailto");

    /** A common figure for reading speed of technical prose. */
    static final int WORDS_PER_MINUTE = 200;

    private final Parser parser;
    private final HtmlRenderer htmlRenderer;

    MarkdownRenderer() {
        List<Extension> extensions = List.of(TablesExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.htmlRenderer = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .urlSanitizer(new DefaultUrlSanitizer(SAFE_SCHEMES))
                .build();
    }

    public RenderedMarkdown render(String markdown) {
        Node document = parser.parse(markdown == null ? "" : markdown);
        String html = htmlRenderer.render(document);
        int words = countWords(document);
        return new RenderedMarkdown(html, readingMinutes(words));
    }

    /** Counts the words a reader sees: text and inline code, not link targets or markup. */
    static int countWords(Node document) {
        StringBuilder text = new StringBuilder();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append(' ');
            }

            @Override
            protected void visitChildren(Node parent) {
                if (parent instanceof Block || parent instanceof CustomNode) {
                    text.append(' ');
                }
                super.visitChildren(parent);
            }
        });
        String trimmed = text.toString().strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    static int readingMinutes(int words) {
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }
}
