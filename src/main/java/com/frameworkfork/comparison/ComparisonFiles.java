package com.frameworkfork.comparison;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.frameworkfork.comparison.ContentDocuments.BenchmarkEntry;
import com.frameworkfork.comparison.ContentDocuments.ComparisonFile;
import com.frameworkfork.comparison.ContentDocuments.CriterionEntry;
import com.frameworkfork.comparison.ContentDocuments.DisagreementEntry;
import com.frameworkfork.comparison.ContentDocuments.FrameworkEntry;
import com.frameworkfork.comparison.ContentDocuments.FrameworksFile;
import com.frameworkfork.comparison.ContentDocuments.MigrationEntry;
import com.frameworkfork.comparison.ContentDocuments.NoteEntry;
import com.frameworkfork.comparison.ContentDocuments.ProConEntry;
import com.frameworkfork.comparison.ContentDocuments.ReleaseEntry;
import com.frameworkfork.comparison.ContentDocuments.ResultEntry;
import com.frameworkfork.comparison.ContentDocuments.SectionEntry;
import com.frameworkfork.comparison.ContentDocuments.SideEntry;
import com.frameworkfork.comparison.ContentDocuments.UseCaseEntry;
import com.frameworkfork.comparison.ContentDocuments.ValueEntry;
import com.frameworkfork.content.ContentFile;
import com.frameworkfork.content.ContentFiles;
import com.frameworkfork.content.ContentWriter;

import static com.frameworkfork.comparison.PartRecords.codes;
import static com.frameworkfork.comparison.PartRecords.flag;
import static com.frameworkfork.comparison.PartRecords.nested;
import static com.frameworkfork.comparison.PartRecords.record;
import static com.frameworkfork.comparison.PartRecords.rows;
import static com.frameworkfork.comparison.PartRecords.text;

/**
 * Reads {@code frameworks.yml} and {@code comparisons/*.yml} into records, checking every rule on the
 * way and naming the file and line of the first record that breaks one; and writes records back as
 * the same files.
 */
final class ComparisonFiles {

    static final String FRAMEWORKS = "frameworks.yml";
    static final String FOLDER = "comparisons";
    /** The sections that show the comparison's benchmarks, use cases, pros and cons, and migration steps. */
    static final String PERFORMANCE = "performance";
    static final String USE_CASES = "use-cases";
    static final String PROS_AND_CONS = "pros-and-cons";
    static final String MIGRATION = "migration";
    static final String VERSIONS = "versions";
    static final String SOURCES = "sources";

    private ComparisonFiles() {
    }

    static PartRecords read(ContentFiles files, Set<String> sourceCodes) {
        PartRecords records = new PartRecords();
        ContentFile frameworksFile = files.required(FRAMEWORKS);
        FrameworksFile frameworks = frameworksFile.yaml(FrameworksFile.class);
        Map<String, String> sources = sourceCodes.stream().collect(Collectors.toMap(Function.identity(), Function.identity()));
        Map<String, String> names = new LinkedHashMap<>();
        for (FrameworkEntry entry : list(frameworks.frameworks())) {
            String where = "slug: " + entry.slug();
            requireKey(frameworksFile, where, entry.slug(), "framework");
            names.put(entry.slug(), entry.name() == null ? entry.slug() : entry.name());
        }
        PartContext frameworkContext = new PartContext(sources, names, List.of());
        for (FrameworkEntry entry : list(frameworks.frameworks())) {
            Map<String, Object> record = framework(entry);
            check(frameworksFile, "slug: " + entry.slug(), "framework " + entry.slug(), Part.FRAMEWORK, record, frameworkContext);
            if (!records.put(Part.FRAMEWORK, entry.slug(), record)) {
                throw frameworksFile.problem("slug: " + entry.slug(), "two frameworks have the slug " + entry.slug());
            }
        }
        for (ContentFile file : files.folder(FOLDER, ".yml")) {
            readComparison(file, records, sources, names);
        }
        return records;
    }

    private static void readComparison(ContentFile file, PartRecords records, Map<String, String> sources,
                                       Map<String, String> frameworks) {
        ComparisonFile comparison = file.yaml(ComparisonFile.class);
        String slug = comparison.slug();
        String fileSlug = file.path().substring(FOLDER.length() + 1, file.path().length() - ".yml".length());
        if (slug == null || !slug.equals(fileSlug)) {
            throw file.problem("slug:", "the slug must be the file's name, " + fileSlug);
        }
        for (String column : new String[] {comparison.first(), comparison.second()}) {
            if (column == null || !frameworks.containsKey(column)
                    || !flag(records.get(Part.FRAMEWORK, column), "compared")) {
                throw file.problem(column == null ? "first:" : column, "first and second must name frameworks of "
                        + FRAMEWORKS + " that are compared (not compared: false), not " + column);
            }
        }
        if (comparison.first().equals(comparison.second())) {
            throw file.problem("second:", "first and second must be two different frameworks");
        }
        List<String> columns = List.of(comparison.first(), comparison.second());
        PartContext context = new PartContext(sources, frameworks, columns);
        Map<String, Object> header = record("title", comparison.title(), "summary", comparison.summary(),
                "first", comparison.first(), "second", comparison.second(), "versions-note", comparison.versionsNote());
        check(file, "slug:", "the comparison", Part.COMPARISON, header, context);
        if (!records.put(Part.COMPARISON, slug, header)) {
            throw file.problem("slug:", "two comparisons have the slug " + slug);
        }
        List<String> anchors = new ArrayList<>();
        int sectionPosition = 0;
        for (SectionEntry section : list(comparison.sections())) {
            String where = "anchor: " + section.anchor();
            requireKey(file, where, section.anchor(), "section anchor");
            String sectionKey = Part.SECTION.key(slug, section.anchor());
            Map<String, Object> sectionRecord = record("comparison", slug, "anchor", section.anchor(),
                    "title", section.title(), "intro", section.intro(), "position", ++sectionPosition);
            put(file, where, records, Part.SECTION, sectionKey, sectionRecord, "section " + section.anchor(), context);
            anchors.add(section.anchor());
            int row = 0;
            for (CriterionEntry criterion : list(section.criteria())) {
                readCriterion(file, records, context, sectionKey, criterion, ++row);
            }
            int position = 0;
            for (NoteEntry note : list(section.notes())) {
                requireKey(file, "key: " + note.key(), note.key(), "note key");
                put(file, "key: " + note.key(), records, Part.NOTE, Part.NOTE.key(slug, note.key()),
                        record("section", sectionKey, "heading", note.heading(), "body", note.body(), "about", note.about(),
                                "sources", note.sources(), "position", ++position), "note " + note.key(), context);
            }
            position = 0;
            for (DisagreementEntry disagreement : list(section.disagreements())) {
                requireKey(file, "key: " + disagreement.key(), disagreement.key(), "disagreement key");
                List<Map<String, Object>> sides = list(disagreement.sides()).stream()
                        .map(side -> record("claim", side.claim(), "sources", side.sources())).toList();
                put(file, "key: " + disagreement.key(), records, Part.DISAGREEMENT,
                        Part.DISAGREEMENT.key(slug, disagreement.key()),
                        record("section", sectionKey, "topic", disagreement.topic(), "sides", sides,
                                "explanation", disagreement.explanation(), "position", ++position),
                        "disagreement " + disagreement.key(), context);
            }
        }
        requireSection(file, anchors, comparison.benchmarks(), PERFORMANCE, "benchmarks");
        requireSection(file, anchors, comparison.useCases(), USE_CASES, "use-cases");
        requireSection(file, anchors, comparison.prosAndCons(), PROS_AND_CONS, "pros-and-cons");
        requireSection(file, anchors, comparison.migration(), MIGRATION, "migration");
        int position = 0;
        for (BenchmarkEntry benchmark : list(comparison.benchmarks())) {
            requireKey(file, "key: " + benchmark.key(), benchmark.key(), "benchmark key");
            Map<String, Object> results = new LinkedHashMap<>();
            if (benchmark.results() != null) {
                benchmark.results().forEach((framework, figure) -> {
                    if (!columns.contains(framework)) {
                        throw file.problem("key: " + benchmark.key(), "benchmark " + benchmark.key()
                                + " has figures for " + framework + ", which is not one of " + columns);
                    }
                    results.put(framework, record("value", PartField.figure(figure.value()),
                            "low", PartField.figure(figure.low()), "high", PartField.figure(figure.high()),
                            "server", figure.server()));
                });
            }
            put(file, "key: " + benchmark.key(), records, Part.BENCHMARK, Part.BENCHMARK.key(slug, benchmark.key()),
                    record("comparison", slug, "workload", benchmark.workload(), "unit", benchmark.unit(),
                            "setup", benchmark.setup(), "source", benchmark.source(), "doubt", benchmark.doubt(),
                            "charted", Boolean.TRUE.equals(benchmark.charted()), "results", results,
                            "position", ++position), "benchmark " + benchmark.key(), context);
        }
        position = 0;
        for (UseCaseEntry pick : list(comparison.useCases())) {
            requireKey(file, "key: " + pick.key(), pick.key(), "use case key");
            put(file, "key: " + pick.key(), records, Part.USE_CASE, Part.USE_CASE.key(slug, pick.key()),
                    record("comparison", slug, "use-case", pick.useCase(), "pick", pick.pick(), "reason", pick.reason(),
                            "source", pick.source(), "position", ++position), "use case " + pick.key(), context);
        }
        position = 0;
        for (ProConEntry item : list(comparison.prosAndCons())) {
            requireKey(file, "key: " + item.key(), item.key(), "pros-and-cons key");
            put(file, "key: " + item.key(), records, Part.PRO_CON, Part.PRO_CON.key(slug, item.key()),
                    record("comparison", slug, "framework", item.framework(), "kind", item.kind(),
                            "statement", item.statement(), "source", item.source(), "position", ++position),
                    "pros-and-cons entry " + item.key(), context);
        }
        position = 0;
        for (MigrationEntry step : list(comparison.migration())) {
            requireKey(file, "key: " + step.key(), step.key(), "migration key");
            put(file, "key: " + step.key(), records, Part.MIGRATION_STEP, Part.MIGRATION_STEP.key(slug, step.key()),
                    record("comparison", slug, "from", step.from(), "to", step.to(), "step", step.step(),
                            "source", step.source(), "position", ++position), "migration step " + step.key(), context);
        }
    }

    private static void readCriterion(ContentFile file, PartRecords records, PartContext context, String sectionKey,
                                      CriterionEntry criterion, int position) {
        String where = "code: " + criterion.code();
        requireKey(file, where, criterion.code(), "criterion code");
        put(file, where, records, Part.CRITERION, criterion.code(),
                record("section", sectionKey, "label", criterion.label(), "position", position),
                "criterion " + criterion.code(), context);
        Map<String, ValueEntry> values = criterion.values() == null ? Map.of() : criterion.values();
        for (String framework : values.keySet()) {
            if (!context.columns().contains(framework)) {
                throw file.problem(where, "criterion " + criterion.code() + " has a value for " + framework
                        + ", which is not one of " + context.columns());
            }
        }
        for (String framework : context.columns()) {
            ValueEntry value = values.get(framework);
            if (value == null) {
                throw file.problem(where, "criterion " + criterion.code() + " needs a value for " + framework);
            }
            put(file, where, records, Part.VALUE, Part.valueKey(criterion.code(), framework),
                    record("criterion", criterion.code(), "framework", framework, "text", value.text(),
                            "note", value.note(), "sources", value.sources()),
                    "the " + framework + " value of criterion " + criterion.code(), context);
        }
    }

    private static void put(ContentFile file, String where, PartRecords records, Part part, String key,
                            Map<String, Object> record, String what, PartContext context) {
        check(file, where, what, part, record, context);
        if (!records.put(part, key, record)) {
            throw file.problem(where, what + ": the key " + part.localKey(key) + " is used twice");
        }
    }

    private static void check(ContentFile file, String where, String what, Part part, Map<String, Object> record,
                              PartContext context) {
        Map<String, String> problems = PartRules.problems(part, record, context);
        if (!problems.isEmpty()) {
            Map.Entry<String, String> first = problems.entrySet().iterator().next();
            throw file.problem(where, what + ", " + first.getKey() + ": " + first.getValue());
        }
    }

    private static void requireKey(ContentFile file, String where, String key, String what) {
        if (key == null || key.length() > 60 || !PartField.KEY.matcher(key).matches()) {
            throw file.problem(where, "the " + what + " must be up to 60 lowercase letters, digits and single hyphens, not " + key);
        }
    }

    private static void requireSection(ContentFile file, List<String> anchors, List<?> items, String anchor, String what) {
        if (items != null && !items.isEmpty() && !anchors.contains(anchor)) {
            throw file.problem(what + ":", what + " are shown in the section with anchor " + anchor + ", which the file lacks");
        }
    }

    private static Map<String, Object> framework(FrameworkEntry entry) {
        List<Map<String, Object>> releases = list(entry.releases()).stream()
                .map(r -> record("version", r.version(), "released", date(r.released()), "expected", date(r.expected()),
                        "mainstream-until", date(r.mainstreamUntil()), "security-until", date(r.securityUntil()),
                        "lts", Boolean.TRUE.equals(r.lts()), "python", r.python(), "highlights", r.highlights()))
                .toList();
        return record("name", entry.name(), "summary", entry.summary(), "homepage", entry.homepage(),
                "tutorial", entry.tutorial(), "licence", entry.licence(), "support-policy", entry.supportPolicy(),
                "compared", !Boolean.FALSE.equals(entry.compared()), "sources", entry.sources(), "releases", releases);
    }

    /** The records as the content files: {@code frameworks.yml} and one file per comparison. */
    static void write(PartRecords records, ContentWriter files) {
        List<FrameworkEntry> frameworks = records.of(Part.FRAMEWORK).entrySet().stream().map(e -> {
            Map<String, Object> r = e.getValue();
            List<ReleaseEntry> releases = rows(r, "releases").stream()
                    .map(x -> new ReleaseEntry(text(x, "version"), localDate(x, "released"), localDate(x, "expected"),
                            localDate(x, "mainstream-until"), localDate(x, "security-until"), flag(x, "lts"),
                            text(x, "python"), text(x, "highlights")))
                    .toList();
            return new FrameworkEntry(e.getKey(), text(r, "name"), text(r, "summary"), text(r, "homepage"),
                    text(r, "tutorial"), text(r, "licence"), text(r, "support-policy"), orNull(codes(r, "sources")),
                    releases.isEmpty() ? null : releases, flag(r, "compared") ? null : Boolean.FALSE);
        }).toList();
        files.yaml(FRAMEWORKS, "The frameworks the site compares or mentions, with their supported releases.",
                new FrameworksFile(frameworks));
        for (Map.Entry<String, Map<String, Object>> comparison : records.of(Part.COMPARISON).entrySet()) {
            files.yaml(FOLDER + "/" + comparison.getKey() + ".yml", "The " + text(comparison.getValue(), "title")
                    + " comparison page.", comparisonFile(records, comparison.getKey(), comparison.getValue()));
        }
    }

    private static ComparisonFile comparisonFile(PartRecords records, String slug, Map<String, Object> header) {
        List<SectionEntry> sections = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> section : records.children(Part.SECTION, "comparison", slug)) {
            String sectionKey = section.getKey();
            Map<String, Object> s = section.getValue();
            List<CriterionEntry> criteria = records.children(Part.CRITERION, "section", sectionKey).stream().map(c -> {
                Map<String, ValueEntry> values = new LinkedHashMap<>();
                for (String column : List.of(text(header, "first"), text(header, "second"))) {
                    Map<String, Object> v = records.get(Part.VALUE, Part.valueKey(c.getKey(), column));
                    if (v != null) {
                        values.put(column, new ValueEntry(text(v, "text"), text(v, "note"), orNull(codes(v, "sources"))));
                    }
                }
                return new CriterionEntry(c.getKey(), text(c.getValue(), "label"), values);
            }).toList();
            List<NoteEntry> notes = records.children(Part.NOTE, "section", sectionKey).stream()
                    .map(n -> new NoteEntry(Part.NOTE.localKey(n.getKey()), text(n.getValue(), "heading"),
                            text(n.getValue(), "body"), text(n.getValue(), "about"), orNull(codes(n.getValue(), "sources"))))
                    .toList();
            List<DisagreementEntry> disagreements = records.children(Part.DISAGREEMENT, "section", sectionKey).stream()
                    .map(d -> new DisagreementEntry(Part.DISAGREEMENT.localKey(d.getKey()), text(d.getValue(), "topic"),
                            rows(d.getValue(), "sides").stream()
                                    .map(side -> new SideEntry(text(side, "claim"), orNull(codes(side, "sources")))).toList(),
                            text(d.getValue(), "explanation")))
                    .toList();
            sections.add(new SectionEntry(text(s, "anchor"), text(s, "title"), text(s, "intro"), orNull(criteria),
                    orNull(notes), orNull(disagreements)));
        }
        List<BenchmarkEntry> benchmarks = records.children(Part.BENCHMARK, "comparison", slug).stream().map(b -> {
            Map<String, ResultEntry> results = new LinkedHashMap<>();
            nested(b.getValue(), "results").forEach((framework, figure) -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> f = (Map<String, Object>) figure;
                results.put(framework, new ResultEntry(decimal(f, "value"), decimal(f, "low"), decimal(f, "high"),
                        text(f, "server")));
            });
            Map<String, Object> r = b.getValue();
            return new BenchmarkEntry(Part.BENCHMARK.localKey(b.getKey()), text(r, "workload"), text(r, "unit"),
                    text(r, "setup"), text(r, "source"), text(r, "doubt"), flag(r, "charted"), results);
        }).toList();
        List<UseCaseEntry> useCases = records.children(Part.USE_CASE, "comparison", slug).stream()
                .map(u -> new UseCaseEntry(Part.USE_CASE.localKey(u.getKey()), text(u.getValue(), "use-case"),
                        text(u.getValue(), "pick"), text(u.getValue(), "reason"), text(u.getValue(), "source")))
                .toList();
        List<ProConEntry> prosAndCons = records.children(Part.PRO_CON, "comparison", slug).stream()
                .map(p -> new ProConEntry(Part.PRO_CON.localKey(p.getKey()), text(p.getValue(), "framework"),
                        text(p.getValue(), "kind"), text(p.getValue(), "statement"), text(p.getValue(), "source")))
                .toList();
        List<MigrationEntry> migration = records.children(Part.MIGRATION_STEP, "comparison", slug).stream()
                .map(m -> new MigrationEntry(Part.MIGRATION_STEP.localKey(m.getKey()), text(m.getValue(), "from"),
                        text(m.getValue(), "to"), text(m.getValue(), "step"), text(m.getValue(), "source")))
                .toList();
        return new ComparisonFile(slug, text(header, "title"), text(header, "summary"), text(header, "first"),
                text(header, "second"), text(header, "versions-note"), sections, orNull(benchmarks), orNull(useCases),
                orNull(prosAndCons), orNull(migration));
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }

    private static <T> List<T> orNull(List<T> items) {
        return items == null || items.isEmpty() ? null : items;
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate localDate(Map<String, Object> record, String name) {
        String value = text(record, name);
        return value == null ? null : LocalDate.parse(value);
    }

    private static BigDecimal decimal(Map<String, Object> record, String name) {
        String value = text(record, name);
        return value == null ? null : new BigDecimal(value);
    }
}
