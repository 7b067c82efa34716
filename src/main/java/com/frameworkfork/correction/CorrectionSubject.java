package com.frameworkfork.correction;

/**
 * What a suggestion is about: a public page, perhaps one part of it, and the title its feature gave.
 *
 * @param page  the page's public path without the leading slash, as a {@link CorrectableContent} knows it
 * @param part  a row or criterion of that page, or null
 */
record CorrectionSubject(String page, String part, String title) {

    /** The page's address on this site. */
    public String href() {
        return "/" + page;
    }
}
