package com.frameworkfork.decision.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns answers into a recommendation with its reasons. Plain Java with no framework types, so the
 * rules can be tested over every combination of answers and reused by the web pages and the API alike.
 */
public final class Scorer {

    private Scorer() {
    }

    /** Checks answers as received from a reader or an API client, naming every problem found. */
    public static List<AnswerProblem> problems(ScoringModel model, Map<String, String> raw) {
        List<AnswerProblem> problems = new ArrayList<>();
        for (String key : raw.keySet()) {
            if (model.question(key).isEmpty()) {
                problems.add(new AnswerProblem(key, "There is no question '" + key + "'. The questions are "
                        + String.join(", ", model.keys()) + "."));
            }
        }
        for (String key : model.keys()) {
            if (!raw.containsKey(key) || raw.get(key) == null) {
                problems.add(new AnswerProblem(key, "This question has no answer; answer yes, no or unsure."));
            } else if (Answer.parse(raw.get(key)).isEmpty()) {
                problems.add(new AnswerProblem(key, "'" + raw.get(key) + "' is not an answer; answer yes, no or unsure."));
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(contradictions(model, parse(raw)));
        }
        return problems;
    }

    /** Answers that cannot all be true at once, such as "only developer" and "several developers". */
    public static List<AnswerProblem> contradictions(ScoringModel model, Map<String, Answer> answers) {
        List<AnswerProblem> problems = new ArrayList<>();
        List<String> keys = model.keys();
        for (QuestionWeights question : model.questions()) {
            String other = question.excludesKey();
            boolean reportedOnce = other != null && keys.indexOf(other) < keys.indexOf(question.key());
            if (reportedOnce && answers.get(question.key()) == Answer.YES && answers.get(other) == Answer.YES) {
                problems.add(new AnswerProblem(question.key(), "'" + other + "' and '" + question.key()
                        + "' cannot both be yes; change one of the two."));
            }
        }
        return problems;
    }

    /** Scores a complete, consistent set of answers. */
    public static ScoringResult score(ScoringModel model, Map<String, Answer> answers) {
        List<AnswerProblem> problems = new ArrayList<>();
        answers.keySet().stream().filter(k -> model.question(k).isEmpty())
                .forEach(k -> problems.add(new AnswerProblem(k, "There is no question '" + k + "'.")));
        model.keys().stream().filter(k -> answers.get(k) == null)
                .forEach(k -> problems.add(new AnswerProblem(k, "This question has no answer.")));
        if (problems.isEmpty()) {
            problems.addAll(contradictions(model, answers));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAnswersException(problems);
        }

        int django = 0;
        int flask = 0;
        boolean fastApi = false;
        List<Reason> reasons = new ArrayList<>();
        for (QuestionWeights question : model.questions()) {
            Answer answer = answers.get(question.key());
            AnswerWeight weight = question.weightOf(answer);
            if (weight.favours() == Lean.DJANGO) {
                django += weight.weight();
            } else if (weight.favours() == Lean.FLASK) {
                flask += weight.weight();
            }
            fastApi |= weight.suggestsFastApi();
            reasons.add(new Reason(question.key(), answer, weight.favours(), weight.weight(),
                    Strength.of(weight.weight()), weight.explanation()));
        }
        int margin = django - flask;
        Recommendation recommendation = recommend(model, margin);
        return new ScoringResult(model.version(), recommendation, django, flask, confidence(model, margin), reasons,
                flips(model, answers, margin, recommendation), fastApi);
    }

    static Recommendation recommend(ScoringModel model, int margin) {
        if (margin >= model.eitherBelow()) {
            return Recommendation.DJANGO;
        }
        return margin <= -model.eitherBelow() ? Recommendation.FLASK : Recommendation.EITHER;
    }

    static Confidence confidence(ScoringModel model, int margin) {
        int size = Math.abs(margin);
        if (size >= model.strongFrom()) {
            return Confidence.STRONG;
        }
        if (size >= model.clearFrom()) {
            return Confidence.CLEAR;
        }
        return size >= model.eitherBelow() ? Confidence.SLIGHT : Confidence.NONE;
    }

    /** Tries every other answer to each question on its own; answers that would contradict another are skipped. */
    private static List<Flip> flips(ScoringModel model, Map<String, Answer> answers, int margin,
                                    Recommendation current) {
        List<Flip> flips = new ArrayList<>();
        for (QuestionWeights question : model.questions()) {
            Answer from = answers.get(question.key());
            for (Answer to : Answer.values()) {
                if (to == from || contradictsAnother(question, to, answers)) {
                    continue;
                }
                int changed = margin - question.weightOf(from).signed() + question.weightOf(to).signed();
                Recommendation becomes = recommend(model, changed);
                if (becomes != current) {
                    flips.add(new Flip(question.key(), from, to, becomes));
                }
            }
        }
        return flips;
    }

    private static boolean contradictsAnother(QuestionWeights question, Answer to, Map<String, Answer> answers) {
        return to == Answer.YES && question.excludesKey() != null && answers.get(question.excludesKey()) == Answer.YES;
    }

    /** Parses raw answers already known to be valid. */
    private static Map<String, Answer> parse(Map<String, String> raw) {
        return raw.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> Answer.parse(e.getValue()).orElseThrow()));
    }

    /** Reads the stored "api=yes,admin=no" form; unknown parts are ignored. */
    public static Map<String, Answer> decode(String encoded) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        if (encoded == null || encoded.isBlank()) {
            return answers;
        }
        for (String part : encoded.split(",")) {
            String[] pair = part.split("=", 2);
            Optional<Answer> answer = pair.length == 2 ? Answer.parse(pair[1]) : Optional.empty();
            answer.ifPresent(a -> answers.put(pair[0], a));
        }
        return answers;
    }

    /** Writes answers in the model's question order, so equal answers always give equal text. */
    public static String encode(ScoringModel model, Map<String, Answer> answers) {
        return model.keys().stream().filter(answers::containsKey)
                .map(k -> k + "=" + answers.get(k).value())
                .collect(Collectors.joining(","));
    }
}
