package com.frameworkfork.web;

import java.util.Optional;

/**
 * What every event about a change readers can see implements: an article saved, a comment posted,
 * a setting switched. Features publish their own events; the site's infrastructure reacts after the
 * change commits (kept pages are dropped, for one), so no feature needs to know what reacts.
 */
public interface PublicContentChanged {

    /** The path of the one page showing the change, or empty when any page may show it. */
    default Optional<String> page() {
        return Optional.empty();
    }
}
