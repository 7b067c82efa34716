package com.frameworkfork.article;

public record ArticleReadership(String slug, String title, long views, long hearts) {
}
