package com.frameworkfork.correction;

import java.util.Optional;

/**
 * Public content a reader can suggest a correction to, registered as a bean by the feature that
 * publishes it (articles, the comparison). The correction feature defines this so that it never depends
 * on those features; it asks each in turn what a suggestion's page is.
 */
public interface CorrectableContent {

    /**
     * The title to show for a page of this feature, naming the part too when one is given.
     *
     * @param page the page's public path without the leading slash, such as {@code articles/flask-basics}
     * @param part a row or criterion of that page, such as a comparison row's key, or null for the whole page
     * @return empty when this feature has no such public page, or the page has no such part
     */
    Optional<String> titleOf(String page, String part);
}
