package com.frameworkfork.comparison;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * {@code frameworks.yml} and {@code comparisons/<slug>.yml} as the content files have them, read on
 * import and written on export. Keys are kebab case, as in the files.
 */
final class ContentDocuments {

    private ContentDocuments() {
    }

    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    record FrameworksFile(List<FrameworkEntry> frameworks) {
    }

    /** {@code compared} is written only as false: a framework is compared unless it says otherwise. */
    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    record FrameworkEntry(String slug, String name, String summary, String homepage, String tutorial, String licence,
                          String supportPolicy, List<String> sources, List<ReleaseEntry> releases, Boolean compared) {
    }

    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    record ReleaseEntry(String version, LocalDate released, LocalDate expected, LocalDate mainstreamUntil,
                        LocalDate securityUntil, Boolean lts, String python, String highlights) {
    }

    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    record ComparisonFile(String slug, String title, String summary, String first, String second, String versionsNote,
                          List<SectionEntry> sections, List<BenchmarkEntry> benchmarks, List<UseCaseEntry> useCases,
                          List<ProConEntry> prosAndCons, List<MigrationEntry> migration) {
    }

    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    record SectionEntry(String anchor, String title, String intro, List<CriterionEntry> criteria,
                        List<NoteEntry> notes, List<DisagreementEntry> disagreements) {
    }

    /** Each framework's value sits under the framework's slug ({@code django:}, {@code flask:}). */
    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    record CriterionEntry(String code, String label, @JsonAnySetter @JsonAnyGetter Map<String, ValueEntry> values) {
    }

    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    record ValueEntry(String text, String note, List<String> sources) {
    }

    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    record NoteEntry(String key, String heading, String body, String about, List<String> sources) {
    }

    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    record DisagreementEntry(String key, String topic, List<SideEntry> sides, String explanation) {
    }

    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    record SideEntry(String claim, List<String> sources) {
    }

    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    record BenchmarkEntry(String key, String workload, String unit, String setup, String source, String doubt,
                          Boolean charted, Map<String, ResultEntry> results) {
    }

    /** One figure ({@code value}) or a range ({@code low} to {@code high}). */
    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    record ResultEntry(BigDecimal value, BigDecimal low, BigDecimal high, String server) {
    }

    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    record UseCaseEntry(String key, String useCase, String pick, String reason, String source) {
    }

    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    record ProConEntry(String key, String framework, String kind, String statement, String source) {
    }

    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    record MigrationEntry(String key, String from, String to, String step, String source) {
    }
}
