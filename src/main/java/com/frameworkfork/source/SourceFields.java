package com.frameworkfork.source;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Everything an editor or a content file says about one source, and the rules it must meet. The
 * same record comes from the content files, from the back-office form and from the database.
 */
record SourceFields(String code, String label, String title, String publisher, LocalDate published,
                    String publishedLabel, LocalDate checked, SourceKind kind, String licence, String url,
                    String note) {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");

    /** What is wrong with these fields, by field name, worded for an editor; empty when nothing is. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(code)) {
            problems.put("code", "Enter a code: the short key content cites this source by, such as django-releases.");
        } else if (code.length() > 60 || !CODE.matcher(code).matches()) {
            problems.put("code", "Use up to 60 letters, digits and single hyphens, such as django-releases.");
        }
        tooLongOrBlank(problems, "label", label, 60, "Enter the short name readers see on citations, such as S1 or Django release notes.");
        tooLongOrBlank(problems, "title", title, 200, "Enter the source's title.");
        tooLongOrBlank(problems, "publisher", publisher, 120, "Enter who published it.");
        if (published == null && blank(publishedLabel)) {
            problems.put("published", "Enter the publication date, or describe it (such as June 2026) when only that is known.");
        }
        if (publishedLabel != null && publishedLabel.length() > 60) {
            problems.put("publishedLabel", "The described date can be up to 60 characters long.");
        }
        if (checked != null && published != null && checked.isBefore(published)) {
            problems.put("checked", "A source cannot have been checked before it was published.");
        }
        if (kind == null) {
            problems.put("kind", "Choose how strong this source is: primary, survey or secondary.");
        }
        if (!blank(url) && !isWebAddress(url)) {
            problems.put("url", "Enter a full web address starting with https:// or http://, or leave it empty when no public link is known.");
        } else if (url != null && url.length() > 500) {
            problems.put("url", "The address can be up to 500 characters long.");
        }
        if (licence != null && licence.length() > 80) {
            problems.put("licence", "The licence can be up to 80 characters long.");
        }
        if (note != null && note.length() > 1000) {
            problems.put("note", "The note can be up to 1,000 characters long.");
        }
        return problems;
    }

    /** The record as the content importer compares and the export writes it. */
    Map<String, Object> record() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("code", code);
        record.put("label", label);
        record.put("title", title);
        record.put("publisher", publisher);
        record.put("published", published == null ? null : published.toString());
        record.put("published-label", publishedLabel);
        record.put("checked", checked == null ? null : checked.toString());
        record.put("kind", kind == null ? null : kind.value());
        record.put("url", url);
        record.put("licence", licence);
        record.put("note", note);
        return record;
    }

    static SourceFields of(Map<String, Object> record) {
        return new SourceFields((String) record.get("code"), (String) record.get("label"), (String) record.get("title"),
                (String) record.get("publisher"), date(record.get("published")), (String) record.get("published-label"),
                date(record.get("checked")), SourceKind.parse((String) record.get("kind")).orElse(null),
                (String) record.get("licence"), (String) record.get("url"), (String) record.get("note"));
    }

    private static LocalDate date(Object value) {
        return value == null ? null : LocalDate.parse(value.toString());
    }

    static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (java.net.URISyntaxException notAnAddress) {
            return false;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void tooLongOrBlank(Map<String, String> problems, String field, String value, int max, String whenBlank) {
        if (blank(value)) {
            problems.put(field, whenBlank);
        } else if (value.length() > max) {
            problems.put(field, "This can be up to " + max + " characters long.");
        }
    }
}
