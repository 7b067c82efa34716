package com.frameworkfork.article;

/** Safe HTML produced from an article's Markdown, with the reading time derived from the same text. */
public record RenderedMarkdown(String html, int readingMinutes) {
}
