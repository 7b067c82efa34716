package com.frameworkfork.decision.scoring;

import java.util.List;

public class InvalidAnswersException extends RuntimeException {

    private final transient List<AnswerProblem> problems;

    public InvalidAnswersException(List<AnswerProblem> problems) {
        super(problems.stream().map(p -> p.question() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.problems = List.copyOf(problems);
    }

    public List<AnswerProblem> problems() {
        return problems;
    }
}
