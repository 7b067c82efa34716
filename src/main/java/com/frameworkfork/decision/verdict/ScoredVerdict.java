package com.frameworkfork.decision.verdict;

import java.util.List;

import com.frameworkfork.decision.questionnaire.Questionnaire;
import com.frameworkfork.decision.scoring.ScoringResult;

/**
 * A stored verdict's id with its scoring, explained by the model version it was made with, and the
 * advice that version gives for these answers.
 */
public record ScoredVerdict(String id, ScoringResult result, List<Questionnaire.ThirdOption> thirdOptions,
                            Questionnaire.Advice nextSteps) {

    public ScoredVerdict {
        thirdOptions = List.copyOf(thirdOptions);
    }
}
