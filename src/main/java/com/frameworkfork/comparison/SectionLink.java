package com.frameworkfork.comparison;

/** What another feature needs to link to a section of a comparison by its id. */
public record SectionLink(long id, String comparisonSlug, String comparisonTitle, String anchor, String title) {

    /** "django-vs-flask#apis": how content files name the section. */
    public String key() {
        return comparisonSlug + "#" + anchor;
    }

    public String path() {
        return "/compare/" + comparisonSlug + "#" + anchor;
    }
}
