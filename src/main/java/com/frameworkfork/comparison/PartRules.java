package com.frameworkfork.comparison;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.frameworkfork.comparison.PartField.Kind;
import com.frameworkfork.comparison.PartSchema.Fields;
import com.frameworkfork.comparison.PartSchema.Rows;

import static com.frameworkfork.comparison.PartField.line;
import static com.frameworkfork.comparison.PartField.of;
import static com.frameworkfork.comparison.PartField.text;
import static com.frameworkfork.comparison.PartSchema.fields;

/**
 * What each part holds and the rules it must meet, for the importer and the back office alike.
 * Field names are the content files' keys.
 */
final class PartRules {

    static final String SOURCES_HINT = "Tick every source that says so, in the order to cite them.";

    private PartRules() {
    }

    static PartSchema schema(Part part, PartContext context) {
        return switch (part) {
            case FRAMEWORK -> PartSchema.of(
                    fields(line("name", "Name", 60, "Enter the framework's name."),
                            text("summary", "Summary", 600, "Enter one sentence on what it is."),
                            of("homepage", "Homepage", Kind.URL, null),
                            of("tutorial", "Official tutorial", Kind.URL, null),
                            line("licence", "Licence", 80, null),
                            text("support-policy", "Support policy", 1000, null)
                                    .hinted("How releases are supported, in one or two sentences."),
                            of("compared", "Compared side by side (not only mentioned)", Kind.FLAG, null),
                            of("sources", "Sources", Kind.SOURCES,
                                    "Choose at least one source for what is said about this framework.").hinted(SOURCES_HINT)),
                    new Rows("releases", "Release", List.of(
                            line("version", "Version", 20, "Enter the version, such as 6.1."),
                            of("released", "Released on", Kind.DATE, null),
                            of("expected", "Expected on (a planned release)", Kind.DATE, null),
                            of("mainstream-until", "Bug fixes until", Kind.DATE, null),
                            of("security-until", "Security fixes until", Kind.DATE, null),
                            of("lts", "Long-term support release", Kind.FLAG, null),
                            line("python", "Python versions", 40, null).hinted("Such as 3.12–3.14 or 3.9+."),
                            text("highlights", "Highlights", 600, null)),
                            0, 12, null, "Add a release"));
            case COMPARISON -> PartSchema.of(fields(
                    line("title", "Title", 200, "Enter a title."),
                    text("summary", "Summary", 600, "Enter a summary of one or two sentences."),
                    text("versions-note", "Note under the versions line", 2000, null)));
            case SECTION -> PartSchema.of(fields(
                    line("title", "Title", 120, "Enter a title."),
                    text("intro", "Introduction", 2000, null)));
            case CRITERION -> PartSchema.of(fields(line("label", "Label", 160, "Enter what the row compares.")));
            case VALUE -> PartSchema.of(valueFields(null, ""));
            case NOTE -> PartSchema.of(fields(
                    line("heading", "Heading", 160, "Enter a heading."),
                    text("body", "Text", 3000, "Enter the note's text."),
                    of("about", "About another framework", Kind.FRAMEWORK, null)
                            .hinted("Only for a note about a framework the page does not compare."),
                    sources("Choose at least one source for this note.")));
            case DISAGREEMENT -> PartSchema.of(
                    fields(line("topic", "What the sources disagree about", 160, "Enter the question they disagree on.")),
                    new Rows("sides", "Side", List.of(
                            text("claim", "Claim", 1000, "Enter what this side claims."),
                            sources("Choose at least one source for this side.")),
                            2, 6, "A disagreement needs at least two sides.", "Add a side"),
                    fields(text("explanation", "What likely explains it", 3000, "Explain, in your own words, what likely explains it.")));
            case BENCHMARK -> {
                PartSchema schema = PartSchema.of(fields(
                        line("workload", "Workload", 160, "Enter the workload measured."),
                        line("unit", "Unit", 40, "Enter the unit, such as req/s."),
                        text("setup", "What was measured", 1000, "Say what was measured, as the source describes it."),
                        of("source", "Source", Kind.SOURCE, "Choose the source of these figures."),
                        text("doubt", "Why the figures are doubtful", 1000, null)
                                .hinted("Leave empty unless they are; a doubtful benchmark is never charted."),
                        of("charted", "Show on the chart (figures measured the same way only)", Kind.FLAG, null)));
                for (String column : context.columns()) {
                    schema = schema.with(new Fields(context.frameworkName(column), List.of(
                            of("value", "Figure", Kind.NUMBER, null).hinted("Or give a range below."),
                            of("low", "Range from", Kind.NUMBER, null),
                            of("high", "Range to", Kind.NUMBER, null),
                            line("server", "Server", 60, null)).stream()
                            .map(f -> f.under("results." + column + ".")).toList()));
                }
                yield schema;
            }
            case USE_CASE -> PartSchema.of(fields(
                    line("use-case", "Kind of project", 160, "Enter the kind of project."),
                    of("pick", "Pick", Kind.COLUMN, "Choose the framework the source picks."),
                    text("reason", "Why", 600, "Enter the reason."),
                    source()));
            case PRO_CON -> PartSchema.of(fields(
                    of("framework", "Framework", Kind.COLUMN, "Choose the framework."),
                    of("kind", "Strength or weakness", Kind.PRO_OR_CON, "Choose strength or weakness."),
                    text("statement", "Statement", 600, "Enter the statement."),
                    source()));
            case MIGRATION_STEP -> PartSchema.of(fields(
                    of("from", "From", Kind.COLUMN, "Choose the framework to move from."),
                    of("to", "To", Kind.COLUMN, "Choose the framework to move to."),
                    text("step", "Step", 600, "Enter the step."),
                    source()));
        };
    }

    /** One framework's value of a criterion; under {@code prefix} in the criterion's form. */
    static Fields valueFields(String legend, String prefix) {
        return new Fields(legend, List.of(
                text("text", "Value", 1000, "Enter what this framework offers here.").under(prefix),
                text("note", "Note", 1000, null).under(prefix),
                sources("Choose at least one source for this value.").under(prefix)));
    }

    private static PartField sources(String whenBlank) {
        return of("sources", "Sources", Kind.SOURCES, whenBlank).hinted(SOURCES_HINT);
    }

    private static PartField source() {
        return of("source", "Source", Kind.SOURCE, "Choose the source that says so.");
    }

    /** Everything wrong with a part's record: its fields, and the rules between them. */
    static Map<String, String> problems(Part part, Map<String, Object> record, PartContext context) {
        Map<String, String> problems = new LinkedHashMap<>(schema(part, context).problems(record, context));
        switch (part) {
            case FRAMEWORK -> releaseProblems(record, problems);
            case BENCHMARK -> context.columns().forEach(column ->
                    figureProblems(PartRecords.nested(PartRecords.nested(record, "results"), column),
                            "results." + column + ".", problems));
            case MIGRATION_STEP -> {
                if (record.get("from") != null && record.get("from").equals(record.get("to"))) {
                    problems.putIfAbsent("to", "Choose the other framework: a step moves from one to the other.");
                }
            }
            default -> {
            }
        }
        return problems;
    }

    private static void releaseProblems(Map<String, Object> record, Map<String, String> problems) {
        List<Map<String, Object>> releases = PartRecords.rows(record, "releases");
        Set<String> versions = new HashSet<>();
        boolean anyReleased = false;
        for (int i = 0; i < releases.size(); i++) {
            Map<String, Object> release = releases.get(i);
            String at = "releases." + i + ".";
            if (release.get("version") != null && !versions.add(release.get("version").toString())) {
                problems.putIfAbsent(at + "version", "Another release has this version.");
            }
            LocalDate released = date(release.get("released"));
            LocalDate expected = date(release.get("expected"));
            if (released == null && expected == null && !problems.containsKey(at + "released")) {
                problems.putIfAbsent(at + "released", "Enter the release date, or the expected date of a planned release.");
            } else if (released != null && expected != null) {
                problems.putIfAbsent(at + "expected", "A release is either out (released on) or planned (expected on), not both.");
            }
            anyReleased |= released != null;
            LocalDate start = released != null ? released : expected;
            LocalDate mainstream = date(release.get("mainstream-until"));
            LocalDate security = date(release.get("security-until"));
            if (start != null && mainstream != null && mainstream.isBefore(start)) {
                problems.putIfAbsent(at + "mainstream-until", "Bug fixes cannot end before the release.");
            }
            if (start != null && security != null && security.isBefore(start)) {
                problems.putIfAbsent(at + "security-until", "Security fixes cannot end before the release.");
            } else if (mainstream != null && security != null && security.isBefore(mainstream)) {
                problems.putIfAbsent(at + "security-until", "Security fixes cannot end before bug fixes do.");
            }
        }
        if (PartRecords.flag(record, "compared") && !anyReleased) {
            problems.putIfAbsent("releases", "A framework compared side by side needs at least one release that is out.");
        }
    }

    private static void figureProblems(Map<String, Object> result, String at, Map<String, String> problems) {
        BigDecimal value = figure(result.get("value"));
        BigDecimal low = figure(result.get("low"));
        BigDecimal high = figure(result.get("high"));
        if (value == null && (low == null || high == null)) {
            if (!problems.containsKey(at + "value") && !problems.containsKey(at + "low") && !problems.containsKey(at + "high")) {
                problems.put(at + "value", "Enter the figure, or a range from low to high.");
            }
        } else if (value != null && (low != null || high != null)) {
            problems.putIfAbsent(at + "low", "Enter either one figure or a range, not both.");
        } else if (value == null && low.compareTo(high) > 0) {
            problems.putIfAbsent(at + "high", "The range must end at or above where it starts.");
        }
    }

    private static LocalDate date(Object value) {
        try {
            return value == null ? null : LocalDate.parse(value.toString());
        } catch (java.time.format.DateTimeParseException notADate) {
            return null;
        }
    }

    private static BigDecimal figure(Object value) {
        try {
            return value == null ? null : new BigDecimal(value.toString());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
