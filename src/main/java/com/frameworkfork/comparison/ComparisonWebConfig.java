package com.frameworkfork.comparison;

import java.util.stream.Stream;

import com.frameworkfork.web.AdminScreen;
import com.frameworkfork.web.LargePage;
import com.frameworkfork.web.SharedPage;
import com.frameworkfork.web.SitemapEntries;
import com.frameworkfork.web.history.HistorySubject;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ComparisonWebConfig {

    /** The kind of a row's value in history addresses. */
    static final String CELL_HISTORY = "comparison-cell";

    @Bean
    AdminScreen frameworksScreen() {
        return new AdminScreen("/admin/frameworks/**", "/admin/frameworks", "Frameworks", "EDITOR", 40);
    }

    @Bean
    AdminScreen comparisonsScreen() {
        return new AdminScreen("/admin/comparisons/**", "/admin/comparisons", "Comparisons", "EDITOR", 45);
    }

    @Bean
    HistorySubject<CriterionValue> comparisonCellHistory(ComparisonEditing editing) {
        return HistorySubject.of(CELL_HISTORY, "Comparison table value", CriterionValue.class, "EDITOR",
                        value -> value.getCriterion().getLabel() + ": " + value.getFramework().getName())
                .editedAt(id -> editing.valueEditPath((Long) id))
                .restoredBy((id, version) -> editing.restoreValue((Long) id, version))
                .field("criterion", "Row")
                .field("valueText", "Value")
                .field("sources", "Sources cited");
    }

    /** About 400 KB, nearly all of it the sections' kept HTML. */
    @Bean
    LargePage comparisonPageIsLarge() {
        return new LargePage("comparison/show");
    }

    @Bean
    SharedPage comparisonList() {
        return SharedPage.of("/compare");
    }

    @Bean
    SharedPage comparisonPage() {
        return SharedPage.of("/compare/{slug}");
    }

    @Bean
    SitemapEntries comparisonsInTheSitemap(ComparisonService comparisons) {
        return () -> Stream.concat(Stream.of(SitemapEntries.Entry.of("/compare")),
                comparisons.list().stream().map(c -> SitemapEntries.Entry.of("/compare/" + c.slug()))).toList();
    }
}
