package com.frameworkfork.comparison;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.frameworkfork.comparison.ComparisonPage.BenchmarkGroup;
import com.frameworkfork.comparison.ComparisonPage.BenchmarkRow;
import com.frameworkfork.comparison.ComparisonPage.Cell;
import com.frameworkfork.comparison.ComparisonPage.Claim;
import com.frameworkfork.comparison.ComparisonPage.CriterionRow;
import com.frameworkfork.comparison.ComparisonPage.DisagreementView;
import com.frameworkfork.comparison.ComparisonPage.Figure;
import com.frameworkfork.comparison.ComparisonPage.FrameworkColumn;
import com.frameworkfork.comparison.ComparisonPage.MigrationPath;
import com.frameworkfork.comparison.ComparisonPage.Note;
import com.frameworkfork.comparison.ComparisonPage.ProsAndCons;
import com.frameworkfork.comparison.ComparisonPage.SectionView;
import com.frameworkfork.comparison.ComparisonPage.UseCaseRow;
import com.frameworkfork.source.Source;
import com.frameworkfork.source.SourceView;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ComparisonService {

    static final String CACHE = "comparisons";

    private final ComparisonRepository comparisons;

    ComparisonService(ComparisonRepository comparisons) {
        this.comparisons = comparisons;
    }

    @Cacheable(cacheNames = CACHE, key = "'list'")
    @Transactional(readOnly = true)
    public List<ComparisonSummary> list() {
        return comparisons.findAllByOrderByTitleAsc().stream()
                .map(c -> new ComparisonSummary(c.getSlug(), c.getTitle(), c.getSummary(),
                        versionsLine(column(c.getFirstFramework()), column(c.getSecondFramework()))))
                .toList();
    }

    /** Every section of every comparison with its id, for features whose content links to sections by id. */
    @Transactional(readOnly = true)
    public List<SectionLink> sectionLinks() {
        List<SectionLink> links = new ArrayList<>();
        for (Comparison comparison : comparisons.findAllByOrderByTitleAsc()) {
            for (ComparisonSection section : comparisons.findSections(comparison.getId())) {
                links.add(new SectionLink(section.getId(), comparison.getSlug(), comparison.getTitle(),
                        section.getAnchor(), section.getTitle()));
            }
        }
        return List.copyOf(links);
    }

    @Cacheable(cacheNames = CACHE, key = "'page:' + #slug")
    @Transactional(readOnly = true)
    public ComparisonPage page(String slug) {
        Comparison comparison = comparisons.findBySlug(slug).orElseThrow(() -> new ComparisonNotFoundException(slug));
        long id = comparison.getId();
        Map<Long, FrameworkColumn> frameworks = comparisons.findFrameworks().stream()
                .collect(Collectors.toMap(Framework::getId, ComparisonService::column));
        FrameworkColumn first = column(comparison.getFirstFramework());
        FrameworkColumn second = column(comparison.getSecondFramework());
        long firstId = comparison.getFirstFramework().getId();
        long secondId = comparison.getSecondFramework().getId();

        Map<Long, List<Criterion>> criteriaBySection = groupBy(comparisons.findCriteria(id), c -> c.getSection().getId());
        Map<String, CriterionValue> values = comparisons.findValues(id).stream()
                .collect(Collectors.toMap(v -> valueKey(v.getCriterion().getId(), v.getFramework().getId()),
                        Function.identity()));
        Map<Long, List<SectionNote>> notesBySection = groupBy(comparisons.findNotes(id), n -> n.getSection().getId());
        Map<Long, List<Disagreement>> disagreementsBySection =
                groupBy(comparisons.findDisagreements(id), d -> d.getSection().getId());

        List<SectionView> sections = new ArrayList<>();
        for (ComparisonSection section : comparisons.findSections(id)) {
            List<CriterionRow> rows = criteriaBySection.getOrDefault(section.getId(), List.of()).stream()
                    .map(c -> new CriterionRow(c.getCode(), c.getLabel(),
                            cell(values.get(valueKey(c.getId(), firstId))),
                            cell(values.get(valueKey(c.getId(), secondId)))))
                    .toList();
            List<Note> notes = notesBySection.getOrDefault(section.getId(), List.of()).stream()
                    .map(ComparisonService::note)
                    .toList();
            List<DisagreementView> disagreements = disagreementsBySection.getOrDefault(section.getId(), List.of()).stream()
                    .map(d -> new DisagreementView(d.getTopic(), d.getSideA(), SourceView.of(d.getSideASource()),
                            d.getSideB(), SourceView.of(d.getSideBSource()), d.getExplanation()))
                    .toList();
            String caption = section.getTitle() + ": " + first.versionLabel() + " and " + second.versionLabel()
                    + " side by side";
            sections.add(new SectionView(section.getAnchor(), section.getTitle(), section.getIntro(), caption, rows,
                    notes, disagreements));
        }

        List<Benchmark> benchmarks = comparisons.findBenchmarks(id);
        Map<Long, List<BenchmarkResult>> resultsByBenchmark =
                groupBy(comparisons.findBenchmarkResults(id), r -> r.getBenchmark().getId());
        List<BenchmarkGroup> benchmarkGroups = benchmarkGroups(benchmarks, resultsByBenchmark, firstId, secondId);
        BenchmarkChart chart = chart(benchmarks, resultsByBenchmark, comparison, first, second);

        List<UseCaseRow> useCasePicks = comparisons.findUseCasePicks(id).stream()
                .map(u -> new UseCaseRow(u.getUseCase(), frameworks.get(u.getFramework().getId()), u.getReason(),
                        SourceView.of(u.getSource())))
                .toList();
        List<ProsAndCons> prosAndCons = prosAndCons(comparisons.findProsAndCons(id), frameworks, firstId, secondId);
        List<MigrationPath> migrationPaths = migrationPaths(comparisons.findMigrationSteps(id), frameworks);

        List<SourceView> sources = citedSources(sections, benchmarkGroups, useCasePicks, prosAndCons, migrationPaths);
        return new ComparisonPage(comparison.getSlug(), comparison.getTitle(), comparison.getSummary(), first, second,
                versionsLine(first, second), comparison.getVersionsNote(), List.copyOf(sections), benchmarkGroups, chart,
                useCasePicks, prosAndCons, migrationPaths, sources);
    }

    private static FrameworkColumn column(Framework framework) {
        String label = framework.getVersionLabel() == null ? framework.getName() : framework.getVersionLabel();
        return new FrameworkColumn(framework.getSlug(), framework.getName(), label);
    }

    private static String versionsLine(FrameworkColumn first, FrameworkColumn second) {
        return "Framework versions compared: " + first.versionLabel() + ", " + second.versionLabel();
    }

    private static String valueKey(long criterionId, long frameworkId) {
        return criterionId + ":" + frameworkId;
    }

    /** A missing value shows as such, with no source, rather than being silently dropped. */
    private static Cell cell(CriterionValue value) {
        if (value == null) {
            return new Cell("Not covered by the sources", null, List.of());
        }
        return new Cell(value.getValueText(), value.getNote(), sources(value.getSources()));
    }

    private static Note note(SectionNote note) {
        Framework about = note.getFramework();
        return new Note(note.getHeading(), note.getBody(), about == null ? null : about.getName(),
                about == null ? null : about.getSummary(), sources(note.getSources()));
    }

    private static List<SourceView> sources(Collection<Source> sources) {
        return sources.stream().map(SourceView::of).toList();
    }

    private static List<BenchmarkGroup> benchmarkGroups(List<Benchmark> benchmarks,
                                                        Map<Long, List<BenchmarkResult>> results,
                                                        long firstId, long secondId) {
        Map<String, List<Benchmark>> byMeasurement = new LinkedHashMap<>();
        for (Benchmark benchmark : benchmarks) {
            String measurement = benchmark.getSource().getCode() + "|" + benchmark.getSetup() + "|" + benchmark.getUnit();
            byMeasurement.computeIfAbsent(measurement, k -> new ArrayList<>()).add(benchmark);
        }
        return byMeasurement.values().stream()
                .map(group -> {
                    Benchmark head = group.get(0);
                    List<BenchmarkRow> rows = group.stream()
                            .map(b -> {
                                List<BenchmarkResult> figures = results.getOrDefault(b.getId(), List.of());
                                return new BenchmarkRow(b.getWorkload(), figure(figures, firstId), figure(figures, secondId));
                            })
                            .toList();
                    return new BenchmarkGroup(SourceView.of(head.getSource()), head.getSetup(), head.getUnit(), rows);
                })
                .toList();
    }

    private static Figure figure(List<BenchmarkResult> results, long frameworkId) {
        return results.stream()
                .filter(r -> r.getFramework().getId() == frameworkId)
                .findFirst()
                .map(r -> new Figure(r.getHighAmount() == null
                        ? BenchmarkChartLayout.format(r.getLowAmount())
                        : BenchmarkChartLayout.format(r.getLowAmount()) + "–" + BenchmarkChartLayout.format(r.getHighAmount()),
                        r.getServerLabel()))
                .orElse(new Figure("Not reported", null));
    }

    /** Draws the benchmarks marked as charted; a comparison without any has no chart. */
    private static BenchmarkChart chart(List<Benchmark> benchmarks, Map<Long, List<BenchmarkResult>> results,
                                        Comparison comparison, FrameworkColumn first, FrameworkColumn second) {
        List<Benchmark> charted = benchmarks.stream().filter(Benchmark::isCharted).toList();
        if (charted.isEmpty()) {
            return null;
        }
        long firstId = comparison.getFirstFramework().getId();
        long secondId = comparison.getSecondFramework().getId();
        List<BenchmarkChartLayout.Workload> workloads = new ArrayList<>();
        for (Benchmark benchmark : charted) {
            List<BenchmarkResult> figures = results.getOrDefault(benchmark.getId(), List.of());
            List<BenchmarkChartLayout.Point> points = new ArrayList<>();
            for (long frameworkId : List.of(firstId, secondId)) {
                FrameworkColumn column = frameworkId == firstId ? first : second;
                figures.stream()
                        .filter(r -> r.getFramework().getId() == frameworkId)
                        .findFirst()
                        .ifPresent(r -> points.add(new BenchmarkChartLayout.Point(column.slug(), column.name(),
                                r.getLowAmount())));
            }
            workloads.add(new BenchmarkChartLayout.Workload(benchmark.getWorkload(), List.copyOf(points)));
        }
        String sources = charted.stream()
                .map(b -> b.getSource().getCode() + " (" + b.getSource().getPublishedLabel() + ")")
                .distinct()
                .collect(Collectors.joining(" and "));
        String title = "Benchmark figures reported by " + sources;
        List<BenchmarkChartLayout.Series> series = List.of(
                new BenchmarkChartLayout.Series(first.slug(), seriesLabel(first, firstId, charted, results)),
                new BenchmarkChartLayout.Series(second.slug(), seriesLabel(second, secondId, charted, results)));
        return BenchmarkChartLayout.layout(title, charted.get(0).getUnit(), series, workloads);
    }

    private static String seriesLabel(FrameworkColumn column, long frameworkId, List<Benchmark> charted,
                                      Map<Long, List<BenchmarkResult>> results) {
        List<String> servers = charted.stream()
                .flatMap(b -> results.getOrDefault(b.getId(), List.of()).stream())
                .filter(r -> r.getFramework().getId() == frameworkId)
                .map(BenchmarkResult::getServerLabel)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        return servers.size() == 1 ? column.versionLabel() + " (" + servers.get(0) + ")" : column.versionLabel();
    }

    private static List<ProsAndCons> prosAndCons(List<ProCon> items, Map<Long, FrameworkColumn> frameworks,
                                                 long firstId, long secondId) {
        List<ProsAndCons> columns = new ArrayList<>();
        for (long frameworkId : List.of(firstId, secondId)) {
            List<ProCon> own = items.stream().filter(p -> p.getFramework().getId() == frameworkId).toList();
            columns.add(new ProsAndCons(frameworks.get(frameworkId),
                    own.stream().filter(ProCon::isPro).map(p -> new Claim(p.getStatement(), SourceView.of(p.getSource()))).toList(),
                    own.stream().filter(p -> !p.isPro()).map(p -> new Claim(p.getStatement(), SourceView.of(p.getSource()))).toList()));
        }
        return List.copyOf(columns);
    }

    /** Groups the steps by direction; the directions appear in the order they were seeded. */
    private static List<MigrationPath> migrationPaths(List<MigrationStep> steps, Map<Long, FrameworkColumn> frameworks) {
        Map<String, List<MigrationStep>> byDirection = new LinkedHashMap<>();
        for (MigrationStep step : steps) {
            byDirection.computeIfAbsent(step.getFromFramework().getId() + ">" + step.getToFramework().getId(),
                    k -> new ArrayList<>()).add(step);
        }
        return byDirection.values().stream()
                .map(path -> new MigrationPath(frameworks.get(path.get(0).getFromFramework().getId()),
                        frameworks.get(path.get(0).getToFramework().getId()),
                        path.stream().map(s -> new Claim(s.getStepText(), SourceView.of(s.getSource()))).toList()))
                .toList();
    }

    /** Every source the page cites, once each, in code order (S1 to S5). */
    private static List<SourceView> citedSources(List<SectionView> sections, List<BenchmarkGroup> benchmarks,
                                                 List<UseCaseRow> picks, List<ProsAndCons> prosAndCons,
                                                 List<MigrationPath> paths) {
        Map<String, SourceView> cited = new TreeMap<>();
        for (SectionView section : sections) {
            section.rows().forEach(row -> {
                row.first().sources().forEach(s -> cited.put(s.code(), s));
                row.second().sources().forEach(s -> cited.put(s.code(), s));
            });
            section.notes().forEach(n -> n.sources().forEach(s -> cited.put(s.code(), s)));
            section.disagreements().forEach(d -> {
                cited.put(d.sideASource().code(), d.sideASource());
                cited.put(d.sideBSource().code(), d.sideBSource());
            });
        }
        benchmarks.forEach(b -> cited.put(b.source().code(), b.source()));
        picks.forEach(p -> cited.put(p.source().code(), p.source()));
        prosAndCons.forEach(c -> {
            c.pros().forEach(p -> cited.put(p.source().code(), p.source()));
            c.cons().forEach(p -> cited.put(p.source().code(), p.source()));
        });
        paths.forEach(p -> p.steps().forEach(s -> cited.put(s.source().code(), s.source())));
        return List.copyOf(cited.values());
    }

    private static <T> Map<Long, List<T>> groupBy(List<T> items, Function<T, Long> key) {
        return items.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }
}
