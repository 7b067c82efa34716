package com.frameworkfork.article;

/** Safe HTML produced from an article's Markdown, with the figures derived from the same text. */
public record RenderedMarkdown(String html, int wordCount, int readingMinutes) {
}
