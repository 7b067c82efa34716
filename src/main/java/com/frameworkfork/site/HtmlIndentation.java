package com.frameworkfork.site;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops the template indentation from a rendered page: about a fifth of the comparison page is
 * leading spaces. Text inside {@code <pre>} and {@code <textarea>}, where white space is content,
 * is left exactly as it is.
 */
final class HtmlIndentation {

    private static final Pattern WHITESPACE_MATTERS = Pattern.compile("<(pre|textarea)\\b.*?</\\1>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern INDENTED_LINE_BREAK = Pattern.compile("\\n[ \\t\\n]+");

    private HtmlIndentation() {
    }

    static String strip(String html) {
        StringBuilder out = new StringBuilder(html.length());
        Matcher kept = WHITESPACE_MATTERS.matcher(html);
        int from = 0;
        while (kept.find()) {
            out.append(INDENTED_LINE_BREAK.matcher(html.substring(from, kept.start())).replaceAll("\n"));
            out.append(kept.group());
            from = kept.end();
        }
        out.append(INDENTED_LINE_BREAK.matcher(html.substring(from)).replaceAll("\n"));
        return out.toString();
    }
}
