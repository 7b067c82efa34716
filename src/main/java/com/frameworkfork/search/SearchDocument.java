package com.frameworkfork.search;

import java.time.Instant;

/**
 * One thing a reader can find through the site's search: an article, a section or row of the
 * comparison, a question of the quiz.
 *
 * @param key         unique among all documents, such as {@code article:security-defaults-compared}
 * @param kind        what it is, as results say it: "Article", "Comparison row"
 * @param where       where it sits, as results say it: "Django vs Flask, Security"
 * @param path        its address on the site, with the #anchor where it has one
 * @param title       its heading; matches here rank above matches in the text
 * @param text        its reading text, plain
 * @param visibleFrom when it becomes public (a scheduled article), or null when it already is
 */
public record SearchDocument(String key, String kind, String where, String path, String title, String text,
                             Instant visibleFrom) {
}
