package com.frameworkfork.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryNormalisingTest {

    @Test
    void queriesAreTrimmedAndCutToTheMaximumLength() {
        assertThat(SearchService.normalise(null)).isEmpty();
        assertThat(SearchService.normalise("  flask  ")).isEqualTo("flask");
        assertThat(SearchService.normalise("x".repeat(500))).hasSize(SearchService.MAX_QUERY_LENGTH);
    }

    @Test
    void cuttingNeverSplitsASurrogatePair() {
        String query = "a".repeat(SearchService.MAX_QUERY_LENGTH - 1) + "😀" + "b";

        String cut = SearchService.normalise(query);

        assertThat(cut).hasSize(SearchService.MAX_QUERY_LENGTH - 1);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
    }

    @Test
    void cuttingLeavesOutTheWordItWouldSplit() {
        String query = "django ".repeat(100);

        String cut = SearchService.normalise(query);

        assertThat(cut.length()).isLessThanOrEqualTo(SearchService.MAX_QUERY_LENGTH);
        assertThat(cut.split(" ")).containsOnly("django");
    }
}
