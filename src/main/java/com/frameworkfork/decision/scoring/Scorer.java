package com.frameworkfork.decision.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns answers into a recommendation with its reasons. Plain Java with no framework types, so the
 * rules can be tested over every combination of answers and reused by the web pages and the API alike.
 *
 * <p>Questions are answered in order. A question whose skip condition holds for the earlier answers is
 * not asked and counts as {@link #RECORDED_WHEN_SKIPPED}. A tie-break question is asked only once all
 * other questions are answered and leave a close call (a margin below the model's clear-from
 * threshold); it may be left unanswered, and when it is not needed it does not count.
 */
public final class Scorer {

    /** What a skipped question counts as: the question does not apply, so it is answered no. */
    public static final Answer RECORDED_WHEN_SKIPPED = Answer.NO;

    private Scorer() {
    }

    /** Checks answers as received from a reader or an API client, naming every problem found. */
    public static List<AnswerProblem> problems(ScoringModel model, Map<String, String> raw) {
        List<AnswerProblem> problems = new ArrayList<>();
        Map<String, Answer> parsed = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        for (Map.Entry<String, String> entry : raw.entrySet()) {
            String key = entry.getKey();
            if (model.question(key).isEmpty()) {
                problems.add(unknown(model, key));
            } else if (entry.getValue() != null) {
                Optional<Answer> answer = Answer.parse(entry.getValue());
                if (answer.isPresent()) {
                    parsed.put(key, answer.get());
                } else {
                    unreadable.add(key);
                    problems.add(new AnswerProblem(key, "'" + entry.getValue() + "' is not an answer; answer yes, no or unsure."));
                }
            }
        }
        validate(model, parsed).stream().filter(p -> !unreadable.contains(p.question())).forEach(problems::add);
        return problems;
    }

    /**
     * What is wrong with a set of answers: unknown questions, questions that need an answer and have
     * none, a yes to a skipped question, and answers that cannot all be true at once (such as "only
     * developer" and "several developers"). A skipped question answered no or not sure, as a client
     * written for an earlier model may send it, is accepted and counted as skipped.
     */
    public static List<AnswerProblem> validate(ScoringModel model, Map<String, Answer> given) {
        List<AnswerProblem> problems = new ArrayList<>();
        given.keySet().stream().filter(k -> model.question(k).isEmpty()).forEach(k -> problems.add(unknown(model, k)));
        Walk walk = walk(model, given);
        for (QuestionWeights question : model.questions()) {
            String key = question.key();
            Reason.Status status = walk.status().get(key);
            Answer answer = given.get(key);
            if (status == Reason.Status.SKIPPED && answer == Answer.YES) {
                problems.add(excludedYes(question, answer, walk.counted())
                        ? conflict(question)
                        : new AnswerProblem(key, "This question is not asked when " + question.skipWhen().format()
                                + "; leave it out, or answer " + RECORDED_WHEN_SKIPPED.value() + " or unsure."));
            } else if (status == null && !question.tieBreak()) {
                problems.add(new AnswerProblem(key, "This question has no answer; answer yes, no or unsure."));
            }
        }
        List<String> keys = model.keys();
        for (QuestionWeights question : model.questions()) {
            String other = question.excludesKey();
            boolean reportedHere = other != null && keys.indexOf(other) < keys.indexOf(question.key());
            if (reportedHere && walk.status().get(question.key()) == Reason.Status.ANSWERED
                    && excludedYes(question, walk.counted().get(question.key()), walk.counted())) {
                problems.add(conflict(question));
            }
        }
        return problems;
    }

    /** Scores a complete, consistent set of answers. */
    public static ScoringResult score(ScoringModel model, Map<String, Answer> given) {
        List<AnswerProblem> problems = validate(model, given);
        if (!problems.isEmpty()) {
            throw new InvalidAnswersException(problems);
        }
        Tally tally = tally(model, given);
        return new ScoringResult(model.version(), tally.recommendation(), tally.django(), tally.flask(),
                model.strength(tally.margin()), tally.reasons(), flips(model, tally), tally.fastApi());
    }

    /** Only the recommendation for a complete, consistent set of answers, without what would change it. */
    public static Recommendation verdict(ScoringModel model, Map<String, Answer> given) {
        List<AnswerProblem> problems = validate(model, given);
        if (!problems.isEmpty()) {
            throw new InvalidAnswersException(problems);
        }
        return tally(model, given).recommendation();
    }

    /**
     * The questions to put to a reader who has given these answers, in order: skipped questions are
     * left out, and a tie-break appears once every other question is answered and the call is close.
     */
    public static List<String> asked(ScoringModel model, Map<String, Answer> given) {
        Walk walk = walk(model, given);
        return model.questions().stream()
                .filter(q -> q.tieBreak() ? walk.tieBreakDue() : walk.status().get(q.key()) != Reason.Status.SKIPPED)
                .map(QuestionWeights::key)
                .toList();
    }

    /**
     * Every set of answers a reader can give: each question asked answered each way, a skipped one
     * not asked, a tie-break (once due) answered each way or left open; contradictions left out.
     */
    public static List<Map<String, Answer>> everyAnswerSet(ScoringModel model) {
        List<Map<String, Answer>> sets = new ArrayList<>();
        sets.add(new LinkedHashMap<>());
        for (QuestionWeights question : model.questions()) {
            List<Map<String, Answer>> next = new ArrayList<>();
            for (Map<String, Answer> answers : sets) {
                if (!asked(model, answers).contains(question.key())) {
                    next.add(answers);
                    continue;
                }
                if (question.tieBreak()) {
                    next.add(answers);
                }
                for (Answer answer : Answer.values()) {
                    Map<String, Answer> extended = new LinkedHashMap<>(answers);
                    extended.put(question.key(), answer);
                    next.add(extended);
                }
            }
            sets = next;
        }
        return sets.stream().filter(a -> validate(model, a).isEmpty()).toList();
    }

    /**
     * The answers that still apply: those to questions now skipped, or to a tie-break the other
     * answers made unnecessary, are dropped, so that changing an earlier answer asks them again.
     */
    public static Map<String, Answer> applying(ScoringModel model, Map<String, Answer> given) {
        Walk walk = walk(model, given);
        Map<String, Answer> applying = new LinkedHashMap<>();
        for (QuestionWeights question : model.questions()) {
            Reason.Status status = walk.status().get(question.key());
            boolean dropped = status == Reason.Status.SKIPPED || status == Reason.Status.NOT_NEEDED;
            if (given.containsKey(question.key()) && !dropped) {
                applying.put(question.key(), given.get(question.key()));
            }
        }
        return applying;
    }

    /**
     * Each other answer to each question on its own, with the rules applied to the changed answers:
     * a skipped question or an unneeded tie-break cannot change alone, and an answer that would
     * contradict another is not offered. A change is listed when it changes the recommendation, or
     * when it newly calls for the tie-break question and that could change it.
     */
    private static List<Flip> flips(ScoringModel model, Tally current) {
        List<Flip> flips = new ArrayList<>();
        Map<String, Answer> kept = current.counted();
        for (QuestionWeights question : model.questions()) {
            Reason reason = current.reason(question.key());
            if (reason.status() == Reason.Status.SKIPPED || reason.status() == Reason.Status.NOT_NEEDED) {
                continue;
            }
            for (Answer to : Answer.values()) {
                if (to == reason.answer() || excludedYes(question, to, current.counted())) {
                    continue;
                }
                Map<String, Answer> proposed = new LinkedHashMap<>(kept);
                proposed.put(question.key(), to);
                Map<String, Answer> changed = applying(model, proposed);
                if (contradicts(model, changed)) {
                    continue;
                }
                Tally after = tally(model, changed);
                boolean newlyClose = !after.pendingTieBreaks().isEmpty() && current.pendingTieBreaks().isEmpty();
                boolean tieBreakDecides = newlyClose && after.pendingTieBreaks().stream()
                        .anyMatch(tieBreak -> settles(model, changed, tieBreak, current.recommendation()));
                if (after.recommendation() != current.recommendation() || tieBreakDecides) {
                    flips.add(new Flip(question.key(), reason.answer(), to, after.recommendation(), tieBreakDecides));
                }
            }
        }
        return flips;
    }

    /** Whether answers derived from valid ones by one change hold two answers that exclude each other. */
    private static boolean contradicts(ScoringModel model, Map<String, Answer> answers) {
        for (QuestionWeights question : model.questions()) {
            if (excludedYes(question, answers.get(question.key()), answers)) {
                return true;
            }
        }
        return false;
    }

    private static boolean settles(ScoringModel model, Map<String, Answer> answers, String tieBreak,
                                   Recommendation current) {
        for (Answer answer : Answer.values()) {
            Map<String, Answer> answered = new LinkedHashMap<>(answers);
            answered.put(tieBreak, answer);
            if (tally(model, answered).recommendation() != current) {
                return true;
            }
        }
        return false;
    }

    /** The sums and reasons for valid answers, without the changes that would flip them. */
    private static Tally tally(ScoringModel model, Map<String, Answer> given) {
        Walk walk = walk(model, given);
        int django = 0;
        int flask = 0;
        boolean fastApi = false;
        List<Reason> reasons = new ArrayList<>();
        for (QuestionWeights question : model.questions()) {
            Reason.Status status = walk.status().get(question.key());
            Answer answer = walk.counted().get(question.key());
            if (answer == null) {
                reasons.add(new Reason(question.key(), status, null, Lean.NEITHER, 0, Strength.NONE, null));
                continue;
            }
            AnswerWeight weight = question.weightOf(answer);
            if (weight.favours() == Lean.DJANGO) {
                django += weight.weight();
            } else if (weight.favours() == Lean.FLASK) {
                flask += weight.weight();
            }
            fastApi |= weight.suggestsFastApi();
            reasons.add(new Reason(question.key(), status, answer, weight.favours(), weight.weight(),
                    model.strength(weight.weight()), weight.explanation()));
        }
        return new Tally(walk.counted(), reasons, django, flask, model.recommend(django - flask), fastApi);
    }

    /** Goes through the questions in order, deciding for each whether it was asked and what counts. */
    private static Walk walk(ScoringModel model, Map<String, Answer> given) {
        Map<String, Answer> counted = new LinkedHashMap<>();
        Map<String, Reason.Status> status = new LinkedHashMap<>();
        int margin = 0;
        boolean complete = true;
        for (QuestionWeights question : model.questions()) {
            if (question.tieBreak()) {
                continue;
            }
            Answer answer;
            if (question.skipWhen() != null && question.skipWhen().matches(counted, null)) {
                answer = RECORDED_WHEN_SKIPPED;
                status.put(question.key(), Reason.Status.SKIPPED);
            } else {
                answer = given.get(question.key());
                if (answer == null) {
                    complete = false;
                    continue;
                }
                status.put(question.key(), Reason.Status.ANSWERED);
            }
            counted.put(question.key(), answer);
            margin += question.weightOf(answer).signed();
        }
        boolean due = complete && model.closeCall(margin);
        for (QuestionWeights question : model.questions()) {
            if (!question.tieBreak() || !complete) {
                continue;
            }
            Answer answer = given.get(question.key());
            if (!due) {
                status.put(question.key(), Reason.Status.NOT_NEEDED);
            } else if (answer == null) {
                status.put(question.key(), Reason.Status.UNANSWERED);
            } else {
                status.put(question.key(), Reason.Status.ANSWERED);
                counted.put(question.key(), answer);
            }
        }
        Map<String, Answer> ordered = new LinkedHashMap<>();
        for (QuestionWeights question : model.questions()) {
            Answer answer = counted.get(question.key());
            if (answer != null) {
                ordered.put(question.key(), answer);
            }
        }
        return new Walk(ordered, status, due);
    }

    private static boolean excludedYes(QuestionWeights question, Answer answer, Map<String, Answer> counted) {
        return answer == Answer.YES && question.excludesKey() != null && counted.get(question.excludesKey()) == Answer.YES;
    }

    private static AnswerProblem conflict(QuestionWeights question) {
        return new AnswerProblem(question.key(), "'" + question.excludesKey() + "' and '" + question.key()
                + "' cannot both be yes; change one of the two.");
    }

    private static AnswerProblem unknown(ScoringModel model, String key) {
        return new AnswerProblem(key, "There is no question '" + key + "'. The questions are "
                + String.join(", ", model.keys()) + ".");
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

    /**
     * @param counted    the answers that count, skipped questions with their recorded answer
     * @param tieBreakDue every other question is answered and the call is close
     */
    private record Walk(Map<String, Answer> counted, Map<String, Reason.Status> status, boolean tieBreakDue) {
    }

    private record Tally(Map<String, Answer> counted, List<Reason> reasons, int django,
                         int flask, Recommendation recommendation, boolean fastApi) {

        int margin() {
            return django - flask;
        }

        Reason reason(String question) {
            return reasons.stream().filter(r -> r.question().equals(question)).findFirst().orElseThrow();
        }

        Set<String> pendingTieBreaks() {
            return reasons.stream().filter(r -> r.status() == Reason.Status.UNANSWERED).map(Reason::question)
                    .collect(Collectors.toSet());
        }
    }
}
