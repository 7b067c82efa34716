package com.frameworkfork.article;

/** Site-wide article figures for the back office; views and hearts include unpublished articles. */
public record ArticleTotals(long articles, long views, long hearts) {
}
