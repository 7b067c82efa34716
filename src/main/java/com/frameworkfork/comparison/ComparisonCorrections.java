package com.frameworkfork.comparison;

import java.util.Optional;
import java.util.stream.Stream;

import com.frameworkfork.correction.CorrectableContent;
import org.springframework.stereotype.Component;

/** Readers may suggest a correction to a comparison, or to one of its table rows, named by its key. */
@Component
class ComparisonCorrections implements CorrectableContent {

    private static final String PAGE_PREFIX = "compare/";

    private final ComparisonService comparisons;

    ComparisonCorrections(ComparisonService comparisons) {
        this.comparisons = comparisons;
    }

    @Override
    public Optional<String> titleOf(String page, String part) {
        if (!page.startsWith(PAGE_PREFIX)) {
            return Optional.empty();
        }
        String slug = page.substring(PAGE_PREFIX.length());
        Optional<ComparisonPage> found = comparisons.list().stream().filter(c -> c.slug().equals(slug)).findFirst()
                .map(c -> comparisons.page(slug));
        if (found.isEmpty() || part == null) {
            return found.map(ComparisonPage::title);
        }
        ComparisonPage comparison = found.get();
        return rowLabels(comparison, part).findFirst().map(label -> comparison.title() + ": " + label);
    }

    private static Stream<String> rowLabels(ComparisonPage page, String key) {
        return Stream.of(
                page.sections().stream().flatMap(s -> s.rows().stream())
                        .filter(row -> row.code().equals(key)).map(ComparisonPage.CriterionRow::label),
                page.benchmarkGroups().stream().flatMap(g -> g.rows().stream())
                        .filter(row -> row.key().equals(key)).map(ComparisonPage.BenchmarkRow::workload),
                page.useCasePicks().stream()
                        .filter(row -> row.key().equals(key)).map(ComparisonPage.UseCaseRow::useCase))
                .flatMap(labels -> labels);
    }
}
