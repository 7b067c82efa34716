package com.frameworkfork.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a part's fields may refer to, from the content files on import and from the database in the
 * back office: the sources to cite, the frameworks, and the comparison's two columns.
 *
 * @param sources    source code to what a form shows for it
 * @param frameworks framework slug to its name
 * @param columns    the slugs of the compared frameworks, in column order
 */
record PartContext(Map<String, String> sources, Map<String, String> frameworks, List<String> columns) {

    record Option(String value, String label) {
    }

    List<Option> options(PartField.Kind kind) {
        List<Option> options = new ArrayList<>();
        switch (kind) {
            case COLUMN -> columns.forEach(slug -> options.add(new Option(slug, frameworks.getOrDefault(slug, slug))));
            case FRAMEWORK -> frameworks.forEach((slug, name) -> options.add(new Option(slug, name)));
            case PRO_OR_CON -> {
                options.add(new Option("pro", "Strength"));
                options.add(new Option("con", "Weakness"));
            }
            case SOURCE, SOURCES -> sources.forEach((code, label) -> options.add(new Option(code, label)));
            default -> {
            }
        }
        return options;
    }

    String frameworkName(String slug) {
        return frameworks.getOrDefault(slug, slug);
    }
}
