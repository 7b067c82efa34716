package com.frameworkfork.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.frameworkfork.comparison.ComparisonPage.CriterionRow;
import com.frameworkfork.comparison.ComparisonPage.SectionView;
import com.frameworkfork.search.SearchDocument;
import com.frameworkfork.search.SearchableContent;
import org.springframework.stereotype.Component;

/** Each comparison's sections, and each row of their tables, as the site's search finds them. */
@Component
class ComparisonSearchDocuments implements SearchableContent {

    private final ComparisonService comparisons;

    ComparisonSearchDocuments(ComparisonService comparisons) {
        this.comparisons = comparisons;
    }

    @Override
    public List<SearchDocument> searchDocuments() {
        List<SearchDocument> documents = new ArrayList<>();
        for (ComparisonSummary summary : comparisons.list()) {
            ComparisonPage page = comparisons.page(summary.slug());
            for (SectionView section : page.sections()) {
                String path = "/compare/" + page.slug() + "#" + section.anchor();
                documents.add(new SearchDocument("comparison:" + page.slug() + "#" + section.anchor(), "Comparison section",
                        page.title(), path, section.title(), sectionText(section), null));
                for (CriterionRow row : section.rows()) {
                    documents.add(new SearchDocument("comparison:" + page.slug() + ":" + row.code(), "Comparison row",
                            page.title() + ", " + section.title(), path, row.label(),
                            page.first().name() + ": " + cellText(row.first()) + "; "
                                    + page.second().name() + ": " + cellText(row.second()), null));
                }
            }
        }
        return documents;
    }

    private static String sectionText(SectionView section) {
        return Stream.of(Stream.of(section.intro(), section.caption()),
                        section.notes().stream().flatMap(note -> Stream.of(note.heading(), note.body())),
                        section.disagreements().stream().flatMap(d -> Stream.concat(Stream.of(d.topic(), d.explanation()),
                                d.sides().stream().map(ComparisonPage.Side::claim))))
                .flatMap(s -> s).filter(Objects::nonNull).collect(Collectors.joining("\n"));
    }

    private static String cellText(ComparisonPage.Cell cell) {
        return cell.note() == null ? cell.text() : cell.text() + " (" + cell.note() + ")";
    }
}
