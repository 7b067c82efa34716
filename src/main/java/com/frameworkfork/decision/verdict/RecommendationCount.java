package com.frameworkfork.decision.verdict;

import com.frameworkfork.decision.scoring.Recommendation;

record RecommendationCount(Recommendation recommendation, long count) {
}
