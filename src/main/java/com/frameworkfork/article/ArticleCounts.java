package com.frameworkfork.article;

public record ArticleCounts(long views, long hearts) {
}
