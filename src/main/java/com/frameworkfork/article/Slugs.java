package com.frameworkfork.article;

import java.util.regex.Pattern;

/** What an article or category slug may look like: lowercase letters, digits and single hyphens. */
final class Slugs {

    static final String REGEX = "[a-z0-9]+(-[a-z0-9]+)*";
    static final Pattern SLUG = Pattern.compile(REGEX);

    private Slugs() {
    }

    static boolean valid(String slug) {
        return slug != null && slug.length() <= 120 && SLUG.matcher(slug).matches();
    }
}
