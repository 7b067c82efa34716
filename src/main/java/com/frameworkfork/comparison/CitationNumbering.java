package com.frameworkfork.comparison;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.frameworkfork.source.SourceView;

/**
 * Numbers a page's citations the way a reader meets them: a source gets the next number the first
 * time it is cited and keeps it; each citation gets its own id, so that the source's entry in the
 * list of sources can link back to every place citing it. Callers cite in the order the page shows
 * the citations.
 */
final class CitationNumbering {

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    /**
     * One citation of a source.
     *
     * @param id     this citation's own element id, a back-link target
     * @param target the id of the source's entry in the list of sources
     * @param name   "Publisher, Title, date": the source's full name, for the citation's title
     */
    record Citation(SourceView source, int number, String id, String target, String name) {

        /** "Source 3: Publisher, Title, date", the citation's accessible name. */
        public String accessibleName() {
            return "Source " + number + ": " + name;
        }
    }

    /** A source's entry in the list of sources, with a back-link to each place citing it, in page order. */
    record Entry(SourceView source, int number, String id, List<BackLink> backLinks) {
    }

    /** {@code letter} is "a", "b" ... "z", "aa" ...: which citation of the source it leads back to. */
    record BackLink(String letter, String target) {
    }

    Citation cite(SourceView source) {
        Entry entry = entries.computeIfAbsent(source.code(),
                code -> new Entry(source, entries.size() + 1, "source-" + code, new ArrayList<>()));
        String id = "cite-" + entry.number() + "-" + (entry.backLinks().size() + 1);
        entry.backLinks().add(new BackLink(letter(entry.backLinks().size()), id));
        return new Citation(source, entry.number(), id, entry.id(), fullName(source));
    }

    List<Citation> cite(List<SourceView> sources) {
        return sources.stream().map(this::cite).toList();
    }

    /** The cited sources in the order of their numbers. */
    List<Entry> entries() {
        return entries.values().stream()
                .map(e -> new Entry(e.source(), e.number(), e.id(), List.copyOf(e.backLinks())))
                .toList();
    }

    private static String fullName(SourceView source) {
        StringBuilder name = new StringBuilder();
        if (source.publisher() != null) {
            name.append(source.publisher()).append(", ");
        }
        name.append(source.title());
        if (source.date() != null) {
            name.append(", ").append(source.date());
        }
        return name.toString();
    }

    /** 0 is "a", 25 is "z", 26 is "aa": spreadsheet-style column letters, which never run out. */
    static String letter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('a' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
