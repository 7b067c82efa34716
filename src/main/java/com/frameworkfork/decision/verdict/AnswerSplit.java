package com.frameworkfork.decision.verdict;

import java.util.List;

/**
 * How the counted verdicts answered one question.
 *
 * @param number 1-based position of the question, as readers see it
 * @param shares one per answer the question offers, in the order the question lists them
 */
public record AnswerSplit(String questionKey, int number, String prompt, List<Share> shares) {

    public AnswerSplit {
        shares = List.copyOf(shares);
    }

    public long total() {
        return shares.stream().mapToLong(Share::count).sum();
    }

    /** @param answer the answer's value ({@code yes}, {@code no}, {@code unsure}) */
    public record Share(String answer, String label, long count) {
    }
}
