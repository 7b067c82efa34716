package com.frameworkfork.comparison;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One field of a part's record, as the content files and the back-office forms both have it, with
 * the rules its value must meet. A record holds dates as ISO text and numbers as plain digits.
 *
 * @param name      the field's name in the record; a path such as {@code values.django.text} for a
 *                  field of a nested record
 * @param whenBlank what to tell an editor who left it empty, or null when it may be empty
 */
record PartField(String name, String label, Kind kind, int maxLength, String whenBlank, String hint) {

    /** Keys of comparison parts: what readers never see, so they never need to change. */
    static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    enum Kind {
        LINE, TEXT, URL, DATE, NUMBER, FLAG, KEY,
        /** One of the comparison's two frameworks. */
        COLUMN,
        /** Any framework, or none. */
        FRAMEWORK,
        PRO_OR_CON, SOURCE, SOURCES
    }

    static PartField line(String name, String label, int maxLength, String whenBlank) {
        return new PartField(name, label, Kind.LINE, maxLength, whenBlank, null);
    }

    static PartField text(String name, String label, int maxLength, String whenBlank) {
        return new PartField(name, label, Kind.TEXT, maxLength, whenBlank, null);
    }

    static PartField of(String name, String label, Kind kind, String whenBlank) {
        return new PartField(name, label, kind, kind == Kind.URL ? 500 : 0, whenBlank, null);
    }

    PartField hinted(String hint) {
        return new PartField(name, label, kind, maxLength, whenBlank, hint);
    }

    /** The same field inside a nested record, such as one framework's value in a criterion's form. */
    PartField under(String prefix) {
        return new PartField(prefix + name, label, kind, maxLength, whenBlank, hint);
    }

    boolean multiple() {
        return kind == Kind.SOURCES;
    }

    /** What is wrong with this value, worded for an editor; null when nothing is. */
    String problem(Object value, PartContext context) {
        if (!PartRecords.present(value)) {
            return whenBlank;
        }
        return switch (kind) {
            case LINE, TEXT -> value.toString().length() > maxLength
                    ? "This can be up to " + String.format(Locale.ENGLISH, "%,d", maxLength) + " characters long." : null;
            case URL -> value.toString().length() > maxLength || !isWebAddress(value.toString())
                    ? "Enter a full web address starting with https:// or http://." : null;
            case DATE -> isDate(value.toString()) ? null : "Enter a date as year-month-day, such as 2026-08-05.";
            case NUMBER -> isFigure(value.toString()) ? null
                    : "Enter a number of up to ten digits and two decimals, such as 32000 or 2.5.";
            case FLAG -> null;
            case KEY -> value.toString().length() > 60 || !KEY.matcher(value.toString()).matches()
                    ? "Use up to 60 lowercase letters, digits and single hyphens, such as fastapi-for-apis." : null;
            case COLUMN, FRAMEWORK, PRO_OR_CON, SOURCE -> context.options(kind).stream()
                    .anyMatch(o -> o.value().equals(value)) ? null : "Choose one of the listed options.";
            case SOURCES -> ((List<?>) value).stream().allMatch(code -> context.sources().containsKey(code.toString()))
                    ? null : "Choose sources from the list only.";
        };
    }

    /** A figure as records hold it: plain digits, no trailing zeros ("32000", "2.5"). */
    static String figure(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static boolean isFigure(String value) {
        try {
            BigDecimal figure = new BigDecimal(value);
            return figure.signum() >= 0 && figure.stripTrailingZeros().scale() <= 2
                    && figure.compareTo(BigDecimal.TEN.pow(10)) < 0;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException notAnAddress) {
            return false;
        }
    }
}
