package com.frameworkfork.article;

import java.util.regex.Pattern;

/** Reading text of an article, taken from its stored HTML so that no Markdown punctuation shows in excerpts. */
final class PlainText {

    /** Tags that end a block of text, so the words either side must not run together. */
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "</?(?:p|h[1-6]|li|ul|ol|blockquote|pre|hr|br|table|thead|tbody|tr|th|td)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private PlainText() {
    }

    /**
     * Works on HTML from {@link MarkdownRenderer} only: that renderer escapes every {@code <} in text, so
     * anything between angle brackets is a tag, and it emits just these four entities.
     */
    static String fromRenderedHtml(String html) {
        if (html == null) {
            return "";
        }
        String text = BLOCK_TAG.matcher(html).replaceAll(" ");
        text = TAG.matcher(text).replaceAll("");
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }
}
