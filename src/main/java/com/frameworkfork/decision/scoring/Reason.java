package com.frameworkfork.decision.scoring;

/** Why one answer moved the verdict the way it did. */
public record Reason(String question, Answer answer, Lean favours, int weight, Strength strength,
                     String explanation) {
}
