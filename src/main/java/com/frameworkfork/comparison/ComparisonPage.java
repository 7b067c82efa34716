package com.frameworkfork.comparison;

import java.util.List;

import com.frameworkfork.source.SourceView;

/** Everything the comparison page shows, assembled before the view renders (open-in-view is off). */
record ComparisonPage(String slug, String title, String summary, FrameworkColumn first, FrameworkColumn second,
                             String versionsLine, String versionsNote, List<SectionView> sections,
                             List<BenchmarkGroup> benchmarkGroups, BenchmarkChart chart, List<UseCaseRow> useCasePicks,
                             List<ProsAndCons> prosAndCons, List<MigrationPath> migrationPaths,
                             List<SourceView> sources) {

    public record FrameworkColumn(String slug, String name, String versionLabel) {
    }

    /** {@code caption} names the table; {@code rows} is empty for sections that are not tables. */
    public record SectionView(String anchor, String title, String intro, String caption, List<CriterionRow> rows,
                              List<Note> notes, List<DisagreementView> disagreements) {
    }

    public record CriterionRow(String code, String label, Cell first, Cell second) {
    }

    public record Cell(String text, String note, List<SourceView> sources) {
    }

    /** {@code aboutName} and {@code aboutSummary} are set when the note is about a third framework. */
    public record Note(String heading, String body, String aboutName, String aboutSummary, List<SourceView> sources) {
    }

    public record DisagreementView(String topic, String sideA, SourceView sideASource, String sideB,
                                   SourceView sideBSource, String explanation) {
    }

    /** Benchmarks from one source measured one way, shown as one table. */
    public record BenchmarkGroup(SourceView source, String setup, String unit, List<BenchmarkRow> rows) {
    }

    public record BenchmarkRow(String workload, Figure first, Figure second) {
    }

    /** A formatted figure, and the server it ran on when the source names one. */
    public record Figure(String text, String serverLabel) {
    }

    public record UseCaseRow(String useCase, FrameworkColumn pick, String reason, SourceView source) {
    }

    public record Claim(String text, SourceView source) {
    }

    public record ProsAndCons(FrameworkColumn framework, List<Claim> pros, List<Claim> cons) {
    }

    public record MigrationPath(FrameworkColumn from, FrameworkColumn to, List<Claim> steps) {
    }
}
