package com.frameworkfork.comparison;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import com.frameworkfork.comparison.CitationNumbering.Citation;
import com.frameworkfork.comparison.CitationNumbering.Entry;
import com.frameworkfork.source.SourceKind;
import com.frameworkfork.source.SourceView;

/**
 * Everything the comparison page shows, assembled before the view renders (open-in-view is off).
 * Citations are numbered in the order the page shows them; {@code sources} lists the cited sources
 * in the order of their numbers.
 */
record ComparisonPage(String slug, String title, String summary, FrameworkColumn first, FrameworkColumn second,
                      String versionsLine, String versionsNote, List<SectionView> sections,
                      List<FrameworkSupport> support, List<BenchmarkGroup> benchmarkGroups, BenchmarkChart chart,
                      List<UseCaseRow> useCasePicks, List<ProsAndCons> prosAndCons, List<MigrationPath> migrationPaths,
                      List<Entry> sources) {

    /** The sponsored slot goes between the first section and the others. */
    public List<SectionView> firstSections() {
        return sections.subList(0, Math.min(1, sections.size()));
    }

    public List<SectionView> laterSections() {
        return sections.subList(Math.min(1, sections.size()), sections.size());
    }

    /** {@code versionLabel} names the framework's current release, such as "Django 6.1". */
    public record FrameworkColumn(String slug, String name, String versionLabel) {
    }

    /** {@code caption} names the table; {@code rows} is empty for sections that are not tables. */
    public record SectionView(String anchor, String title, String intro, String caption, List<CriterionRow> rows,
                              List<Note> notes, List<DisagreementView> disagreements) {
    }

    public record CriterionRow(String code, String label, Cell first, Cell second) {
    }

    public record Cell(String text, String note, List<Citation> citations, Evidence evidence) {
    }

    /** {@code aboutName} and {@code aboutSummary} are set when the note is about a third framework. */
    public record Note(String key, String heading, String body, String aboutName, String aboutSummary,
                       List<Citation> citations, Evidence evidence) {
    }

    public record DisagreementView(String key, String topic, List<Side> sides, String explanation) {
    }

    public record Side(String claim, List<Citation> citations, Evidence evidence) {
    }

    /** A compared framework's support windows, from the framework data. */
    public record FrameworkSupport(FrameworkColumn framework, String supportPolicy, String homepage, String tutorial,
                                   List<ReleaseRow> releases, List<Citation> citations) {
    }

    /** {@code date} is the release date, or the expected one of a planned release. */
    public record ReleaseRow(String version, boolean released, LocalDate date, LocalDate mainstreamUntil,
                             LocalDate securityUntil, boolean lts, String python, String highlights) {
    }

    /** Benchmarks one source reports in one unit, shown as one table; each row says what was measured. */
    public record BenchmarkGroup(SourceView source, String unit, List<BenchmarkRow> rows) {
    }

    /** {@code doubt} says why the figures are doubtful, or is null. */
    public record BenchmarkRow(String key, String workload, Figure first, Figure second, String setup, String doubt,
                               Citation citation, Evidence evidence) {
    }

    /** A formatted figure, and the server it ran on when the source names one. */
    public record Figure(String text, String serverLabel) {
    }

    public record UseCaseRow(String key, String useCase, FrameworkColumn pick, String reason, Citation citation,
                             Evidence evidence) {
    }

    public record Claim(String key, String text, Citation citation, Evidence evidence) {
    }

    public record ProsAndCons(FrameworkColumn framework, List<Claim> pros, List<Claim> cons) {
    }

    public record MigrationPath(FrameworkColumn from, FrameworkColumn to, List<Claim> steps) {
    }

    /**
     * How strong a claim's evidence is: the strongest kind among its sources, and whether it rests on
     * one secondary source alone.
     *
     * @param level {@code primary}, {@code survey} or {@code secondary}
     */
    public record Evidence(String level, String label, boolean oneSecondarySource) {

        static Evidence of(List<SourceView> sources) {
            // SourceKind lists the kinds strongest first.
            SourceKind strongest = sources.stream().map(SourceView::kind)
                    .min(Comparator.naturalOrder()).orElse(SourceKind.SECONDARY);
            String label = switch (strongest) {
                case PRIMARY -> "Primary evidence";
                case SURVEY -> "Survey evidence";
                case SECONDARY -> sources.size() == 1 ? "Rests on one secondary source" : "Secondary sources only";
            };
            return new Evidence(strongest.value(), label, strongest == SourceKind.SECONDARY && sources.size() == 1);
        }
    }
}
