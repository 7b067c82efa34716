package com.frameworkfork.decision;

public record RecommendationCount(Recommendation recommendation, long count) {
}
