package com.frameworkfork.article;

record ArticleCounts(long views, long hearts) {
}
