package com.frameworkfork.decision.verdict;

import com.frameworkfork.decision.scoring.ScoringResult;

/** A stored verdict's id with its scoring, explained by the model version it was made with. */
public record ScoredVerdict(String id, ScoringResult result) {
}
