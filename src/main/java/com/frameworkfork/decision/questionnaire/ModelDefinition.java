package com.frameworkfork.decision.questionnaire;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.frameworkfork.decision.scoring.Answer;
import com.frameworkfork.decision.scoring.AnswerWeight;
import com.frameworkfork.decision.scoring.Condition;
import com.frameworkfork.decision.scoring.Lean;
import com.frameworkfork.decision.scoring.QuestionKind;
import com.frameworkfork.decision.scoring.QuestionWeights;
import com.frameworkfork.decision.scoring.ScoringModel;

/**
 * One scoring-model version as content: what a model file holds, what the database holds, and what
 * the importer compares. Links are named as the files name them (an article's slug, a section's
 * {@code comparison#anchor}); the database keeps them as ids.
 *
 * @param published when it was published; null for a draft
 * @param draft     a file may ship a draft (an export of an editor's unpublished work)
 */
record ModelDefinition(int version, boolean draft, LocalDate published, String note, int eitherBelow, int clearFrom,
                       int strongFrom, List<QuestionDefinition> questions, List<ThirdOptionDefinition> thirdOptions,
                       String djangoTutorial, String flaskTutorial, List<PackageDefinition> packages) {

    ModelDefinition {
        questions = List.copyOf(questions);
        thirdOptions = List.copyOf(thirdOptions);
        packages = List.copyOf(packages);
    }

    /** The key of the record in the importer's books, which is also the file's name. */
    static String key(int version) {
        return "model-" + version;
    }

    static String path(int version) {
        return "questionnaire/" + key(version) + ".yml";
    }

    ScoringModel scoringModel() {
        List<QuestionWeights> weights = new ArrayList<>();
        for (QuestionDefinition question : questions) {
            Map<Answer, AnswerWeight> byAnswer = new EnumMap<>(Answer.class);
            question.answers().forEach((answer, option) -> byAnswer.put(answer,
                    new AnswerWeight(option.favours(), option.weight(), option.explanation(), option.suggestsFastapi())));
            weights.add(new QuestionWeights(question.key(), question.kind(), question.excludes(), question.skipWhen(),
                    question.tieBreak(), byAnswer));
        }
        return new ScoringModel(version, weights, eitherBelow, clearFrom, strongFrom);
    }

    /**
     * The record the importer hashes: plain values only, no nulls, conditions and source codes in
     * their canonical order, so the file and the database give the same record for the same model.
     */
    Map<String, Object> record() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("version", version);
        record.put("state", draft ? "draft" : "published");
        putIfPresent(record, "published", published == null ? null : published.toString());
        record.put("note", note);
        Map<String, Object> thresholds = new LinkedHashMap<>();
        thresholds.put("either-below", eitherBelow);
        thresholds.put("clear-from", clearFrom);
        thresholds.put("strong-from", strongFrom);
        record.put("thresholds", thresholds);
        record.put("questions", questions.stream().map(QuestionDefinition::record).toList());
        if (!thirdOptions.isEmpty()) {
            record.put("third-options", thirdOptions.stream().map(ThirdOptionDefinition::record).toList());
        }
        Map<String, Object> nextSteps = new LinkedHashMap<>();
        Map<String, Object> tutorials = new LinkedHashMap<>();
        putIfPresent(tutorials, "django", djangoTutorial);
        putIfPresent(tutorials, "flask", flaskTutorial);
        if (!tutorials.isEmpty()) {
            nextSteps.put("tutorials", tutorials);
        }
        if (!packages.isEmpty()) {
            nextSteps.put("packages", packages.stream().map(PackageDefinition::record).toList());
        }
        if (!nextSteps.isEmpty()) {
            record.put("next-steps", nextSteps);
        }
        return record;
    }

    /** The same record without what a published model may still have changed: its links and its state. */
    Map<String, Object> scoringContent() {
        Map<String, Object> content = new LinkedHashMap<>(record());
        content.remove("state");
        content.remove("published");
        content.put("questions", questions.stream().map(q -> {
            Map<String, Object> question = q.record();
            question.remove("article");
            question.remove("comparison-section");
            return question;
        }).toList());
        return content;
    }

    /**
     * @param kind              null for a model that does not say what its questions are about
     * @param comparisonSection "comparison-slug#anchor"
     * @param article           the article's slug; null only for an old link whose article was gone
     * @param skipWhen          null when the question is always asked
     */
    record QuestionDefinition(String key, QuestionKind kind, String prompt, String help, String comparisonSection,
                              String article, Condition skipWhen, boolean tieBreak, String excludes,
                              String conflictMessage, Map<Answer, AnswerDefinition> answers) {

        QuestionDefinition {
            Map<Answer, AnswerDefinition> ordered = new EnumMap<>(Answer.class);
            ordered.putAll(answers);
            answers = java.util.Collections.unmodifiableMap(ordered);
        }

        Map<String, Object> record() {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("key", key);
            putIfPresent(record, "kind", kind == null ? null : kind.value());
            if (tieBreak) {
                record.put("tie-break", true);
            }
            record.put("prompt", prompt);
            record.put("help", help);
            putIfPresent(record, "comparison-section", comparisonSection);
            putIfPresent(record, "article", article);
            if (skipWhen != null) {
                record.put("skip-when", conditionRecord(skipWhen));
            }
            putIfPresent(record, "excludes", excludes);
            putIfPresent(record, "conflict-message", conflictMessage);
            Map<String, Object> options = new LinkedHashMap<>();
            answers.forEach((answer, option) -> options.put(answer.value(), option.record()));
            record.put("answers", options);
            return record;
        }
    }

    record AnswerDefinition(String label, Lean favours, int weight, String explanation, boolean suggestsFastapi) {

        Map<String, Object> record() {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("label", label);
            record.put("favours", favours.name().toLowerCase(java.util.Locale.ROOT));
            record.put("weight", weight);
            record.put("explanation", explanation);
            record.put("suggests-fastapi", suggestsFastapi);
            return record;
        }
    }

    /** @param sources source codes, sorted, as the database keeps no order for them */
    record ThirdOptionDefinition(String framework, Condition when, String heading, String text, List<String> sources) {

        ThirdOptionDefinition {
            sources = List.copyOf(new TreeSet<>(sources));
        }

        Map<String, Object> record() {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("framework", framework);
            record.put("when", conditionRecord(when));
            record.put("heading", heading);
            record.put("text", text);
            record.put("sources", sources);
            return record;
        }
    }

    record PackageDefinition(Condition when, String name, String url, String why) {

        Map<String, Object> record() {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("when", conditionRecord(when));
            record.put("name", name);
            record.put("url", url);
            record.put("why", why);
            return record;
        }
    }

    /** A condition as a file writes it: one value as a string, several as a list. */
    static Map<String, Object> conditionRecord(Condition condition) {
        Map<String, Object> record = new LinkedHashMap<>();
        condition.accepted().forEach((key, values) -> record.put(key, values.size() == 1 ? values.get(0) : values));
        return record;
    }

    private static void putIfPresent(Map<String, Object> record, String key, Object value) {
        if (value != null) {
            record.put(key, value);
        }
    }
}
