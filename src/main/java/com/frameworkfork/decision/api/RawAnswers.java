package com.frameworkfork.decision.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.frameworkfork.decision.scoring.AnswerProblem;
import tools.jackson.databind.JsonNode;

/**
 * Answers as an API client sent them, before they are checked, with whatever was wrong with the shape of
 * the request itself (no "answers" object, an answer that is not a string).
 */
record RawAnswers(Map<String, String> answers, List<AnswerProblem> shapeProblems) {

    public static RawAnswers fromJson(JsonNode body) {
        Map<String, String> answers = new LinkedHashMap<>();
        List<AnswerProblem> problems = new ArrayList<>();
        JsonNode node = body == null || !body.isObject() ? null : body.get("answers");
        if (node == null || !node.isObject()) {
            problems.add(new AnswerProblem("answers",
                    "The body must be a JSON object with an \"answers\" object, such as {\"answers\": {\"api\": \"yes\"}}."));
            return new RawAnswers(answers, problems);
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (entry.getValue().isString()) {
                answers.put(entry.getKey(), entry.getValue().stringValue());
            } else {
                answers.put(entry.getKey(), null);
                problems.add(new AnswerProblem(entry.getKey(), "The answer must be a string: yes, no or unsure."));
            }
        }
        return new RawAnswers(answers, problems);
    }
}
