package com.frameworkfork.content;

import java.util.Map;

/**
 * One kind of content a feature owns and ships in the content files (sources, articles, the cells of
 * a comparison...), registered as a bean. A record is a map of plain values (strings, numbers,
 * booleans, lists and maps of those) under a stable key; the importer compares records by a hash of
 * that map, so a kind must build it the same way from the files and from the database.
 */
public interface ContentKind {

    /** The kind's name in the importer's records and on the dashboard, such as {@code source}. */
    String name();

    /** Kinds are imported in ascending order, so what others refer to (sources) comes first. */
    int order();

    /** The shipped records, by key, read from the content files; invalid files throw {@link ContentFileException}. */
    Map<String, Map<String, Object>> shipped(ContentFiles files);

    /** The records as the database holds them now, by key. */
    Map<String, Map<String, Object>> current();

    /** Creates or replaces the record under this key with these fields. */
    void write(String key, Map<String, Object> fields);

    /** Deletes the record under this key; false when it cannot go because other content still uses it. */
    boolean remove(String key);

    /**
     * For a record found on the first import, before the importer kept revisions: whether it is as the
     * old seeding migrations left it, and so may be brought up to (or removed with) the shipped content.
     * Only kinds editors could change before then (articles) need to look.
     */
    default boolean untouchedSinceSeeding(String key, Map<String, Object> current) {
        return true;
    }

    /** A short, readable name of the record for the dashboard, such as an article's title. */
    default String describe(String key, Map<String, Object> fields) {
        return key;
    }
}
