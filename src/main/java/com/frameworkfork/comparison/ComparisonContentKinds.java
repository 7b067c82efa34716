package com.frameworkfork.comparison;

import com.frameworkfork.content.ContentKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Each part of the frameworks and comparison files is a kind of content of its own, imported in its order. */
@Configuration(proxyBeanMethods = false)
class ComparisonContentKinds {

    @Bean
    ContentKind frameworkKind(ComparisonContent content) {
        return content.kind(Part.FRAMEWORK);
    }

    @Bean
    ContentKind comparisonKind(ComparisonContent content) {
        return content.kind(Part.COMPARISON);
    }

    @Bean
    ContentKind comparisonSectionKind(ComparisonContent content) {
        return content.kind(Part.SECTION);
    }

    @Bean
    ContentKind comparisonCriterionKind(ComparisonContent content) {
        return content.kind(Part.CRITERION);
    }

    @Bean
    ContentKind comparisonValueKind(ComparisonContent content) {
        return content.kind(Part.VALUE);
    }

    @Bean
    ContentKind comparisonNoteKind(ComparisonContent content) {
        return content.kind(Part.NOTE);
    }

    @Bean
    ContentKind comparisonDisagreementKind(ComparisonContent content) {
        return content.kind(Part.DISAGREEMENT);
    }

    @Bean
    ContentKind comparisonBenchmarkKind(ComparisonContent content) {
        return content.kind(Part.BENCHMARK);
    }

    @Bean
    ContentKind comparisonUseCaseKind(ComparisonContent content) {
        return content.kind(Part.USE_CASE);
    }

    @Bean
    ContentKind comparisonProConKind(ComparisonContent content) {
        return content.kind(Part.PRO_CON);
    }

    @Bean
    ContentKind comparisonMigrationStepKind(ComparisonContent content) {
        return content.kind(Part.MIGRATION_STEP);
    }
}
