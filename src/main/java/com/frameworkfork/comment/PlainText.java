package com.frameworkfork.comment;

import java.util.regex.Pattern;

/** How reader text is cleaned and measured, the same way for validation and for storage. */
final class PlainText {

    /** Control characters other than tab and line feed: invisible, and some databases refuse NUL. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n]]");

    private PlainText() {
    }

    /**
     * Browsers send line breaks as CR LF, but a reader (and the live counter) sees one character,
     * so they become LF before anything is counted. Leading and trailing whitespace is dropped.
     */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String lineFeeds = text.replace("\r\n", "\n").replace('\r', '\n');
        return CONTROL.matcher(lineFeeds).replaceAll("").strip();
    }

    /** Characters as a reader counts them: an emoji is one, not two UTF-16 units. */
    static int length(String normalized) {
        return normalized.codePointCount(0, normalized.length());
    }
}
