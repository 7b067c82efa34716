package com.frameworkfork.home;

import java.util.List;

/** The site's own pages: which are served, and the marker that places the questionnaire's weights. */
final class SitePages {

    /** Each is served at /slug from content/pages/slug.md; a page needs a route of its own in {@link SitePageController}. */
    static final List<String> SERVED = List.of("about", "privacy");

    /** On a line of its own in a page's Markdown, this is where the weights table of the published model goes. */
    static final String WEIGHTS_MARKER = "<!-- weights-table -->";

    private SitePages() {
    }
}
