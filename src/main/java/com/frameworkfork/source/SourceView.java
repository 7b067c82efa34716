package com.frameworkfork.source;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A source as pages show it.
 *
 * @param date    when it was published, as readers read it: "28 November 2024", or "June 2026"
 *                when only that is known
 * @param checked when an editor last checked the claims against it, or null
 */
public record SourceView(String code, String label, String title, String publisher, String date, SourceKind kind,
                         LocalDate checked, String licence, String url, String note) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public static SourceView of(Source source) {
        String date = source.getPublishedLabel() != null ? source.getPublishedLabel()
                : source.getPublishedOn() == null ? null : DAY.format(source.getPublishedOn());
        return new SourceView(source.getCode(), source.getLabel(), source.getTitle(), source.getPublisher(), date,
                source.getKind(), source.getCheckedOn(), source.getLicence(), source.getUrl(), source.getNote());
    }

    /** "S5, April 2026": the short form a citation shows. */
    public String citation() {
        return date == null ? label : label + ", " + date;
    }

    public boolean secondary() {
        return kind == SourceKind.SECONDARY;
    }
}
