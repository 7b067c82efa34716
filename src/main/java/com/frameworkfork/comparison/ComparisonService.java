package com.frameworkfork.comparison;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.frameworkfork.comparison.ComparisonPage.BenchmarkGroup;
import com.frameworkfork.comparison.ComparisonPage.BenchmarkRow;
import com.frameworkfork.comparison.ComparisonPage.Cell;
import com.frameworkfork.comparison.ComparisonPage.Claim;
import com.frameworkfork.comparison.ComparisonPage.CriterionRow;
import com.frameworkfork.comparison.ComparisonPage.DisagreementView;
import com.frameworkfork.comparison.ComparisonPage.Evidence;
import com.frameworkfork.comparison.ComparisonPage.Figure;
import com.frameworkfork.comparison.ComparisonPage.FrameworkColumn;
import com.frameworkfork.comparison.ComparisonPage.FrameworkSupport;
import com.frameworkfork.comparison.ComparisonPage.MigrationPath;
import com.frameworkfork.comparison.ComparisonPage.Note;
import com.frameworkfork.comparison.ComparisonPage.ProsAndCons;
import com.frameworkfork.comparison.ComparisonPage.ReleaseRow;
import com.frameworkfork.comparison.ComparisonPage.SectionView;
import com.frameworkfork.comparison.ComparisonPage.Side;
import com.frameworkfork.comparison.ComparisonPage.UseCaseRow;
import com.frameworkfork.content.ContentVersion;
import com.frameworkfork.source.SourceService;
import com.frameworkfork.source.SourceView;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static com.frameworkfork.comparison.PartRecords.codes;
import static com.frameworkfork.comparison.PartRecords.flag;
import static com.frameworkfork.comparison.PartRecords.nested;
import static com.frameworkfork.comparison.PartRecords.rows;
import static com.frameworkfork.comparison.PartRecords.text;

/**
 * The comparison pages, assembled from the framework and comparison records. What is assembled is
 * kept under the content version it was read at ({@link ContentVersion}), so a save on any instance
 * shows here as soon as this instance sees the new version, about a second later.
 */
@Service
class ComparisonService {

    private final ComparisonStore store;
    private final SourceService sources;
    private final ContentVersion version;
    private final TransactionTemplate readOnly;
    /** The newest version read replaces the one before; an older one is never asked for again. */
    private final LoadingCache<Long, Assembled> assembled;

    ComparisonService(ComparisonStore store, SourceService sources, ContentVersion version,
                      PlatformTransactionManager transactions) {
        this.store = store;
        this.sources = sources;
        this.version = version;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.assembled = Caffeine.newBuilder().maximumSize(1).build(v -> readOnly.execute(status -> assemble()));
    }

    public List<ComparisonSummary> list() {
        return assembled.get(version.current()).list();
    }

    public ComparisonPage page(String slug) {
        ComparisonPage page = assembled.get(version.current()).pages().get(slug);
        if (page == null) {
            throw new ComparisonNotFoundException(slug);
        }
        return page;
    }

    private record Assembled(List<ComparisonSummary> list, Map<String, ComparisonPage> pages) {
    }

    private Assembled assemble() {
        PartRecords records = store.current();
        Map<String, SourceView> cited = sources.all().stream()
                .collect(Collectors.toMap(SourceView::code, Function.identity()));
        Map<String, ComparisonPage> pages = new LinkedHashMap<>();
        records.of(Part.COMPARISON).forEach((slug, header) -> pages.put(slug, new PageAssembly(records, cited).page(slug, header)));
        List<ComparisonSummary> list = pages.values().stream()
                .sorted((a, b) -> a.title().compareToIgnoreCase(b.title()))
                .map(p -> new ComparisonSummary(p.slug(), p.title(), p.summary(), p.versionsLine()))
                .toList();
        return new Assembled(list, Map.copyOf(pages));
    }

    /**
     * One page, read from the records in the order the page shows them, so that its citations are
     * numbered as a reader meets them. A section's own parts (support windows, benchmarks, use cases,
     * strengths and weaknesses, migration steps) are read with that section, and only when the page
     * has it.
     */
    private static final class PageAssembly {

        private final PartRecords records;
        private final Map<String, SourceView> sourcesByCode;
        private final CitationNumbering numbering = new CitationNumbering();

        PageAssembly(PartRecords records, Map<String, SourceView> sourcesByCode) {
            this.records = records;
            this.sourcesByCode = sourcesByCode;
        }

        ComparisonPage page(String slug, Map<String, Object> header) {
            FrameworkColumn first = column(text(header, "first"));
            FrameworkColumn second = column(text(header, "second"));
            List<Map<String, Object>> benchmarks = values(records.children(Part.BENCHMARK, "comparison", slug));
            List<SectionView> sections = new ArrayList<>();
            List<FrameworkSupport> support = List.of();
            List<BenchmarkGroup> benchmarkGroups = List.of();
            BenchmarkChart chart = null;
            List<UseCaseRow> picks = List.of();
            List<ProsAndCons> prosAndCons = List.of();
            List<MigrationPath> paths = List.of();
            for (Map.Entry<String, Map<String, Object>> entry : records.children(Part.SECTION, "comparison", slug)) {
                Map<String, Object> section = entry.getValue();
                List<CriterionRow> rows = criterionRows(entry.getKey(), first, second);
                switch (String.valueOf(text(section, "anchor"))) {
                    case "versions" -> support = List.of(support(first), support(second));
                    case "performance" -> {
                        benchmarkGroups = benchmarkGroups(benchmarks, first, second);
                        chart = chart(benchmarks, first, second);
                    }
                    case "use-cases" -> picks = useCasePicks(slug);
                    case "pros-and-cons" -> prosAndCons = prosAndCons(slug, first, second);
                    case "migration" -> paths = migrationPaths(records.children(Part.MIGRATION_STEP, "comparison", slug));
                    default -> {
                    }
                }
                sections.add(section(entry.getKey(), section, rows, first, second));
            }
            return new ComparisonPage(slug, text(header, "title"), text(header, "summary"), first, second,
                    "Framework versions compared: " + first.versionLabel() + ", " + second.versionLabel(),
                    text(header, "versions-note"), List.copyOf(sections), support, benchmarkGroups, chart, picks,
                    prosAndCons, paths, numbering.entries());
        }

        private List<CriterionRow> criterionRows(String sectionKey, FrameworkColumn first, FrameworkColumn second) {
            return records.children(Part.CRITERION, "section", sectionKey).stream()
                    .map(c -> new CriterionRow(c.getKey(), text(c.getValue(), "label"),
                            cell(Part.valueKey(c.getKey(), first.slug())), cell(Part.valueKey(c.getKey(), second.slug()))))
                    .toList();
        }

        private List<UseCaseRow> useCasePicks(String slug) {
            return records.children(Part.USE_CASE, "comparison", slug).stream().map(e -> {
                Map<String, Object> u = e.getValue();
                SourceView source = source(text(u, "source"));
                return new UseCaseRow(Part.USE_CASE.localKey(e.getKey()), text(u, "use-case"), column(text(u, "pick")),
                        text(u, "reason"), numbering.cite(source), Evidence.of(List.of(source)));
            }).toList();
        }

        private List<ProsAndCons> prosAndCons(String slug, FrameworkColumn first, FrameworkColumn second) {
            List<Map.Entry<String, Map<String, Object>>> items = records.children(Part.PRO_CON, "comparison", slug);
            List<ProsAndCons> columns = new ArrayList<>();
            for (FrameworkColumn column : List.of(first, second)) {
                List<Claim> pros = claims(items, column.slug(), "pro");
                columns.add(new ProsAndCons(column, pros, claims(items, column.slug(), "con")));
            }
            return List.copyOf(columns);
        }

        /** The section's notes, then its disagreements, as the page shows them after the section's other parts. */
        private SectionView section(String sectionKey, Map<String, Object> section, List<CriterionRow> rows,
                                    FrameworkColumn first, FrameworkColumn second) {
            List<Note> notes = records.children(Part.NOTE, "section", sectionKey).stream().map(e -> {
                Map<String, Object> n = e.getValue();
                Map<String, Object> about = text(n, "about") == null ? null : records.get(Part.FRAMEWORK, text(n, "about"));
                List<SourceView> cites = sources(codes(n, "sources"));
                return new Note(Part.NOTE.localKey(e.getKey()), text(n, "heading"), text(n, "body"),
                        about == null ? null : text(about, "name"), about == null ? null : text(about, "summary"),
                        numbering.cite(cites), Evidence.of(cites));
            }).toList();
            List<DisagreementView> disagreements = records.children(Part.DISAGREEMENT, "section", sectionKey).stream()
                    .map(e -> new DisagreementView(Part.DISAGREEMENT.localKey(e.getKey()), text(e.getValue(), "topic"),
                            rows(e.getValue(), "sides").stream().map(side -> {
                                List<SourceView> cites = sources(codes(side, "sources"));
                                return new Side(text(side, "claim"), numbering.cite(cites), Evidence.of(cites));
                            }).toList(),
                            text(e.getValue(), "explanation")))
                    .toList();
            String title = text(section, "title");
            return new SectionView(text(section, "anchor"), title, text(section, "intro"),
                    title + ": " + first.versionLabel() + " and " + second.versionLabel() + " side by side",
                    rows, notes, disagreements);
        }

        private Cell cell(String valueKey) {
            Map<String, Object> value = records.get(Part.VALUE, valueKey);
            List<SourceView> cites = sources(codes(value, "sources"));
            return new Cell(text(value, "text"), text(value, "note"), numbering.cite(cites), Evidence.of(cites));
        }

        /** The framework's name and current release: the first, newest, release that is out. */
        private FrameworkColumn column(String slug) {
            Map<String, Object> framework = records.get(Part.FRAMEWORK, slug);
            String name = text(framework, "name");
            String current = rows(framework, "releases").stream().filter(r -> r.get("released") != null)
                    .map(r -> text(r, "version")).findFirst().orElse(null);
            return new FrameworkColumn(slug, name, current == null ? name : name + " " + current);
        }

        private FrameworkSupport support(FrameworkColumn column) {
            Map<String, Object> framework = records.get(Part.FRAMEWORK, column.slug());
            List<ReleaseRow> releases = rows(framework, "releases").stream()
                    .map(r -> new ReleaseRow(text(r, "version"), r.get("released") != null,
                            date(r.get("released") != null ? text(r, "released") : text(r, "expected")),
                            date(text(r, "mainstream-until")), date(text(r, "security-until")), flag(r, "lts"),
                            text(r, "python"), text(r, "highlights")))
                    .toList();
            return new FrameworkSupport(column, text(framework, "support-policy"), text(framework, "homepage"),
                    text(framework, "tutorial"), releases, numbering.cite(sources(codes(framework, "sources"))));
        }

        private List<BenchmarkGroup> benchmarkGroups(List<Map<String, Object>> benchmarks, FrameworkColumn first,
                                                     FrameworkColumn second) {
            Map<String, List<Map<String, Object>>> bySourceAndUnit = new LinkedHashMap<>();
            for (Map<String, Object> b : benchmarks) {
                bySourceAndUnit.computeIfAbsent(text(b, "source") + "|" + text(b, "unit"), k -> new ArrayList<>()).add(b);
            }
            return bySourceAndUnit.values().stream().map(group -> {
                SourceView source = source(text(group.get(0), "source"));
                List<BenchmarkRow> rows = group.stream()
                        .map(b -> new BenchmarkRow(text(b, "key"), text(b, "workload"), figure(b, first.slug()),
                                figure(b, second.slug()), text(b, "setup"), text(b, "doubt"),
                                numbering.cite(source), Evidence.of(List.of(source))))
                        .toList();
                return new BenchmarkGroup(source, text(group.get(0), "unit"), rows);
            }).toList();
        }

        private static Figure figure(Map<String, Object> benchmark, String framework) {
            Map<String, Object> result = nested(nested(benchmark, "results"), framework);
            if (result.isEmpty()) {
                return new Figure("Not reported", null);
            }
            String text = result.get("value") != null ? format(text(result, "value"))
                    : format(text(result, "low")) + "–" + format(text(result, "high"));
            return new Figure(text, text(result, "server"));
        }

        /** Draws the benchmarks marked as charted that nobody doubts; with none, the page has no chart. */
        private BenchmarkChart chart(List<Map<String, Object>> benchmarks, FrameworkColumn first, FrameworkColumn second) {
            List<Map<String, Object>> charted = benchmarks.stream()
                    .filter(b -> flag(b, "charted") && b.get("doubt") == null).toList();
            if (charted.isEmpty()) {
                return null;
            }
            List<BenchmarkChartLayout.Workload> workloads = new ArrayList<>();
            for (Map<String, Object> benchmark : charted) {
                List<BenchmarkChartLayout.Point> points = new ArrayList<>();
                for (FrameworkColumn column : List.of(first, second)) {
                    Map<String, Object> result = nested(nested(benchmark, "results"), column.slug());
                    String value = result.get("value") != null ? text(result, "value") : text(result, "low");
                    if (value != null) {
                        points.add(new BenchmarkChartLayout.Point(column.slug(), column.name(), new BigDecimal(value)));
                    }
                }
                workloads.add(new BenchmarkChartLayout.Workload(text(benchmark, "workload"), List.copyOf(points)));
            }
            String reportedBy = charted.stream().map(b -> source(text(b, "source")).citation()).distinct()
                    .collect(Collectors.joining(" and "));
            List<BenchmarkChartLayout.Series> series = List.of(
                    new BenchmarkChartLayout.Series(first.slug(), seriesLabel(first, charted)),
                    new BenchmarkChartLayout.Series(second.slug(), seriesLabel(second, charted)));
            return BenchmarkChartLayout.layout("Benchmark figures reported by " + reportedBy,
                    text(charted.get(0), "unit"), series, workloads);
        }

        private static String seriesLabel(FrameworkColumn column, List<Map<String, Object>> charted) {
            List<String> servers = charted.stream()
                    .map(b -> text(nested(nested(b, "results"), column.slug()), "server"))
                    .filter(Objects::nonNull).distinct().toList();
            return servers.size() == 1 ? column.name() + " (" + servers.get(0) + ")" : column.name();
        }

        private List<Claim> claims(List<Map.Entry<String, Map<String, Object>>> items, String framework, String kind) {
            return items.stream()
                    .filter(e -> framework.equals(text(e.getValue(), "framework")) && kind.equals(text(e.getValue(), "kind")))
                    .map(e -> claim(Part.PRO_CON, e, "statement"))
                    .toList();
        }

        private Claim claim(Part part, Map.Entry<String, Map<String, Object>> entry, String textField) {
            SourceView source = source(text(entry.getValue(), "source"));
            return new Claim(part.localKey(entry.getKey()), text(entry.getValue(), textField), numbering.cite(source),
                    Evidence.of(List.of(source)));
        }

        /** Groups the steps by direction; the directions appear in the order of their first step. */
        private List<MigrationPath> migrationPaths(List<Map.Entry<String, Map<String, Object>>> steps) {
            Map<String, List<Map.Entry<String, Map<String, Object>>>> byDirection = new LinkedHashMap<>();
            for (Map.Entry<String, Map<String, Object>> step : steps) {
                byDirection.computeIfAbsent(text(step.getValue(), "from") + ">" + text(step.getValue(), "to"),
                        k -> new ArrayList<>()).add(step);
            }
            return byDirection.values().stream()
                    .map(path -> new MigrationPath(column(text(path.get(0).getValue(), "from")),
                            column(text(path.get(0).getValue(), "to")),
                            path.stream().map(s -> claim(Part.MIGRATION_STEP, s, "step")).toList()))
                    .toList();
        }

        private List<SourceView> sources(List<String> codes) {
            return codes.stream().map(this::source).toList();
        }

        private SourceView source(String code) {
            return sourcesByCode.get(code);
        }

        private static List<Map<String, Object>> values(List<Map.Entry<String, Map<String, Object>>> entries) {
            return entries.stream().map(e -> {
                Map<String, Object> withKey = new LinkedHashMap<>(e.getValue());
                withKey.put("key", Part.BENCHMARK.localKey(e.getKey()));
                return withKey;
            }).toList();
        }

        private static LocalDate date(String iso) {
            return iso == null ? null : LocalDate.parse(iso);
        }

        private static String format(String figure) {
            return BenchmarkChartLayout.format(new BigDecimal(figure));
        }
    }
}
