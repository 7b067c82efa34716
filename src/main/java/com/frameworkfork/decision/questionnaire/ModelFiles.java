package com.frameworkfork.decision.questionnaire;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.frameworkfork.content.ContentFile;
import com.frameworkfork.content.ContentFileException;
import com.frameworkfork.decision.questionnaire.ModelDefinition.AnswerDefinition;
import com.frameworkfork.decision.questionnaire.ModelDefinition.PackageDefinition;
import com.frameworkfork.decision.questionnaire.ModelDefinition.QuestionDefinition;
import com.frameworkfork.decision.questionnaire.ModelDefinition.ThirdOptionDefinition;
import com.frameworkfork.decision.scoring.Answer;
import com.frameworkfork.decision.scoring.Condition;
import com.frameworkfork.decision.scoring.Lean;
import com.frameworkfork.decision.scoring.QuestionKind;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code questionnaire/model-<n>.yml} (the format is in the content format notes) and checks it
 * the way an editor's form is checked: every problem names the file and, where it can, the line.
 * The same reading turns a record back into a model, since a record has the file's shape.
 */
final class ModelFiles {

    static final String FOLDER = "questionnaire";
    private static final Pattern FILE_NAME = Pattern.compile("questionnaire/model-([1-9][0-9]{0,5})\\.yml");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final ObjectMapper RECORDS = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ModelFiles() {
    }

    /** The version a model file's name carries, if it is a model file. */
    static Optional<Integer> versionOf(String path) {
        Matcher matcher = FILE_NAME.matcher(path);
        return matcher.matches() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    /** Reads and checks one shipped file against the content the same files ship. */
    static ModelDefinition read(ContentFile file, Known known) {
        ModelDefinition model = parse(file);
        List<String> keys = model.questions().stream().map(QuestionDefinition::key).toList();
        for (QuestionDefinition question : model.questions()) {
            String where = "key: " + question.key();
            if (!known.sections().contains(question.comparisonSection())) {
                throw file.problem(where, "question " + question.key() + ": there is no comparison section "
                        + question.comparisonSection() + " (see comparisons/)");
            }
            if (!known.articles().contains(question.article())) {
                throw file.problem(where, "question " + question.key() + ": there is no article " + question.article()
                        + " (see articles/)");
            }
        }
        for (ThirdOptionDefinition option : model.thirdOptions()) {
            String where = "framework: " + option.framework();
            if (!known.frameworks().contains(option.framework())) {
                throw file.problem(where, "third option: there is no framework " + option.framework() + " (see frameworks.yml)");
            }
            for (String code : option.sources()) {
                if (!known.sources().contains(code)) {
                    throw file.problem(where, "third option " + option.framework() + ": no source has the code " + code
                            + " (see sources.yml)");
                }
            }
            requireKnownQuestions(option.when(), keys, (needle, message) -> file.problem(where, message), where);
        }
        for (PackageDefinition step : model.packages()) {
            String where = "name: " + step.name();
            requireKnownQuestions(step.when(), keys, (needle, message) -> file.problem(where, message), where);
        }
        return model;
    }

    /** Reads one file and checks it on its own, without the links and citations it makes to other files. */
    static ModelDefinition parse(ContentFile file) {
        int named = versionOf(file.path()).orElseThrow(() -> new ContentFileException(file.path(), 0,
                "a model file is named model-<version>.yml"));
        ModelDefinition model = define(file.yaml(ModelFile.class), (needle, message) -> file.problem(needle, message));
        if (model.version() != named) {
            throw file.problem("version:", "the file is named for version " + named + " but holds version " + model.version());
        }
        return model;
    }

    /** A record the importer wrote or held back; it was checked when it was read from its file. */
    static ModelDefinition fromRecord(Map<String, Object> record) {
        return define(RECORDS.convertValue(record, ModelFile.class), (needle, message) -> new IllegalStateException(message));
    }

    /** What the other shipped files define, for checking a model's links and citations. */
    record Known(Set<String> articles, Set<String> sections, Set<String> sources, Set<String> frameworks) {
    }

    private static ModelDefinition define(ModelFile file, BiFunction<String, String, RuntimeException> problem) {
        if (file.version() == null || file.version() < 1) {
            throw problem.apply("version:", "the file needs a version of 1 or more");
        }
        boolean draft;
        if (file.state() == null || file.state().equals("published")) {
            draft = false;
        } else if (file.state().equals("draft")) {
            draft = true;
        } else {
            throw problem.apply("state:", "state must be published or draft");
        }
        if (!draft && file.published() == null) {
            throw problem.apply("version:", "a published model needs its published date (YYYY-MM-DD)");
        }
        requireText(problem, "note:", "note", file.note(), 3000);
        Thresholds thresholds = file.thresholds();
        if (thresholds == null || thresholds.eitherBelow() == null || thresholds.clearFrom() == null
                || thresholds.strongFrom() == null) {
            throw problem.apply("thresholds:", "thresholds needs either-below, clear-from and strong-from");
        }
        if (file.questions() == null || file.questions().isEmpty()) {
            throw problem.apply("questions:", "a model asks at least one question");
        }
        List<QuestionDefinition> questions = new ArrayList<>();
        Set<String> earlier = new HashSet<>();
        for (QuestionEntry entry : file.questions()) {
            QuestionDefinition question = question(entry, earlier, problem);
            questions.add(question);
            earlier.add(question.key());
        }
        for (QuestionDefinition question : questions) {
            if (question.excludes() != null && !earlier.contains(question.excludes())) {
                throw problem.apply("key: " + question.key(), "question " + question.key() + " excludes "
                        + question.excludes() + ", which the model does not ask");
            }
        }
        List<ThirdOptionDefinition> options = new ArrayList<>();
        for (ThirdOptionEntry entry : file.thirdOptions() == null ? List.<ThirdOptionEntry>of() : file.thirdOptions()) {
            String where = "framework: " + entry.framework();
            if (entry.framework() == null || !KEY.matcher(entry.framework()).matches()) {
                throw problem.apply("third-options:", "every third option names its framework by slug");
            }
            requireText(problem, where, "heading", entry.heading(), 200);
            requireText(problem, where, "text", entry.text(), 2000);
            if (entry.sources() == null || entry.sources().isEmpty()) {
                throw problem.apply(where, "third option " + entry.framework() + " cites at least one source");
            }
            options.add(new ThirdOptionDefinition(entry.framework(), condition(entry.when(), where, problem),
                    entry.heading(), entry.text(), entry.sources()));
        }
        NextStepsEntry steps = file.nextSteps();
        String django = steps == null || steps.tutorials() == null ? null : steps.tutorials().get("django");
        String flask = steps == null || steps.tutorials() == null ? null : steps.tutorials().get("flask");
        if (steps != null && steps.tutorials() != null) {
            for (String framework : steps.tutorials().keySet()) {
                if (!framework.equals("django") && !framework.equals("flask")) {
                    throw problem.apply("tutorials:", "tutorials are given for django and flask only, not " + framework);
                }
            }
            requireUrl(problem, "tutorials:", "the Django tutorial", django);
            requireUrl(problem, "tutorials:", "the Flask tutorial", flask);
        }
        List<PackageDefinition> packages = new ArrayList<>();
        for (PackageEntry entry : steps == null || steps.packages() == null ? List.<PackageEntry>of() : steps.packages()) {
            String where = "name: " + entry.name();
            requireText(problem, "packages:", "package name", entry.name(), 120);
            requireUrl(problem, where, "package " + entry.name(), entry.url());
            requireText(problem, where, "why", entry.why(), 600);
            packages.add(new PackageDefinition(condition(entry.when(), where, problem), entry.name(), entry.url(), entry.why()));
        }
        ModelDefinition model = new ModelDefinition(file.version(), draft, file.published(), file.note(),
                thresholds.eitherBelow(), thresholds.clearFrom(), thresholds.strongFrom(), questions, options, django,
                flask, packages);
        try {
            model.scoringModel();
        } catch (IllegalArgumentException invalid) {
            throw problem.apply("thresholds:", invalid.getMessage());
        }
        return model;
    }

    private static QuestionDefinition question(QuestionEntry entry, Set<String> earlier,
                                               BiFunction<String, String, RuntimeException> problem) {
        if (entry.key() == null || !KEY.matcher(entry.key()).matches() || entry.key().length() > 20) {
            throw problem.apply("questions:", "every question has a key of lowercase letters, digits and hyphens, "
                    + "at most 20 characters");
        }
        String where = "key: " + entry.key();
        String name = "question " + entry.key();
        if (earlier.contains(entry.key())) {
            throw problem.apply(where, name + " is asked twice");
        }
        QuestionKind kind = entry.kind() == null ? null : QuestionKind.parse(entry.kind()).orElseThrow(() ->
                problem.apply(where, name + ": kind must be need, property, people, preference or tie-break"));
        boolean tieBreak = Boolean.TRUE.equals(entry.tieBreak());
        if (kind != null && tieBreak != (kind == QuestionKind.TIE_BREAK)) {
            throw problem.apply(where, name + ": a question of kind tie-break, and only such a question, has tie-break: true");
        }
        requireText(problem, where, name + " prompt", entry.prompt(), 300);
        requireText(problem, where, name + " help", entry.help(), 1000);
        if (entry.comparisonSection() == null || !entry.comparisonSection().matches("[a-z0-9-]+#[a-z0-9-]+")) {
            throw problem.apply(where, name + ": comparison-section names comparison and section as slug#anchor");
        }
        if (entry.article() == null || !KEY.matcher(entry.article()).matches()) {
            throw problem.apply(where, name + ": article names an article by its slug");
        }
        Condition skipWhen = entry.skipWhen() == null ? null : condition(entry.skipWhen(), where, problem);
        if (skipWhen != null) {
            if (tieBreak) {
                throw problem.apply(where, name + ": a tie-break question is never skipped");
            }
            if (skipWhen.accepted().containsKey(Condition.RECOMMENDATION) || !earlier.containsAll(skipWhen.questions())) {
                throw problem.apply(where, name + ": skip-when may name earlier questions only");
            }
        }
        if ((entry.excludes() == null) != (entry.conflictMessage() == null)) {
            throw problem.apply(where, name + ": excludes and conflict-message come together");
        }
        if (entry.conflictMessage() != null) {
            requireText(problem, where, name + " conflict-message", entry.conflictMessage(), 400);
        }
        Map<String, AnswerEntry> answers = entry.answers() == null ? Map.of() : entry.answers();
        Set<String> expected = Set.of("yes", "no", "unsure");
        if (!answers.keySet().equals(expected)) {
            throw problem.apply(where, name + " needs exactly the answers 'yes', 'no' and unsure (quote yes and no)");
        }
        Map<Answer, AnswerDefinition> options = new LinkedHashMap<>();
        for (Answer answer : Answer.values()) {
            options.put(answer, answer(answers.get(answer.value()), name + " answer " + answer.value(), where, problem));
        }
        return new QuestionDefinition(entry.key(), kind, entry.prompt(), entry.help(), entry.comparisonSection(),
                entry.article(), skipWhen, tieBreak, entry.excludes(), entry.conflictMessage(), options);
    }

    private static AnswerDefinition answer(AnswerEntry entry, String name, String where,
                                           BiFunction<String, String, RuntimeException> problem) {
        requireText(problem, where, name + " label", entry.label(), 40);
        Lean favours = entry.favours() == null ? null : switch (entry.favours()) {
            case "django" -> Lean.DJANGO;
            case "flask" -> Lean.FLASK;
            case "neither" -> Lean.NEITHER;
            default -> null;
        };
        if (favours == null) {
            throw problem.apply(where, name + ": favours must be django, flask or neither");
        }
        if (entry.weight() == null || entry.weight() < 0 || entry.weight() > 1000) {
            throw problem.apply(where, name + ": weight must be a whole number from 0 to 1000");
        }
        if (favours == Lean.NEITHER && entry.weight() != 0) {
            throw problem.apply(where, name + ": an answer that favours neither side has weight 0");
        }
        requireText(problem, where, name + " explanation", entry.explanation(), 1000);
        return new AnswerDefinition(entry.label(), favours, entry.weight(), entry.explanation(),
                Boolean.TRUE.equals(entry.suggestsFastapi()));
    }

    private static Condition condition(Map<String, Object> when, String where,
                                       BiFunction<String, String, RuntimeException> problem) {
        if (when == null || when.isEmpty()) {
            throw problem.apply(where, "a condition (when, skip-when) names at least one question or the recommendation");
        }
        Map<String, List<String>> accepted = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : when.entrySet()) {
            List<String> values = new ArrayList<>();
            if (entry.getValue() instanceof String value) {
                values.add(value);
            } else if (entry.getValue() instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
                list.forEach(value -> values.add((String) value));
            } else {
                throw problem.apply(where, "the condition on " + entry.getKey()
                        + " must be an answer or a list of answers, quoted ('yes', 'no')");
            }
            accepted.put(entry.getKey(), values);
        }
        try {
            return new Condition(accepted);
        } catch (IllegalArgumentException invalid) {
            throw problem.apply(where, invalid.getMessage());
        }
    }

    private static void requireKnownQuestions(Condition condition, List<String> keys,
                                              BiFunction<String, String, RuntimeException> problem, String where) {
        List<String> unknown = condition.unknownQuestions(keys);
        if (!unknown.isEmpty()) {
            throw problem.apply(where, "the condition names " + String.join(", ", unknown)
                    + ", which the model does not ask");
        }
    }

    private static void requireText(BiFunction<String, String, RuntimeException> problem, String where, String field,
                                    String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw problem.apply(where, field + " needs 1 to " + max + " characters");
        }
    }

    private static void requireUrl(BiFunction<String, String, RuntimeException> problem, String where, String what,
                                   String url) {
        if (!isWebAddress(url)) {
            throw problem.apply(where, what + " needs an http or https address of at most 500 characters");
        }
    }

    /** An absolute http or https address with a host, at most 500 characters. */
    static boolean isWebAddress(String url) {
        if (url == null || url.length() > 500) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (java.net.URISyntaxException invalid) {
            return false;
        }
    }

    record ModelFile(Integer version, LocalDate published, String state, String note, Thresholds thresholds,
                     List<QuestionEntry> questions, List<ThirdOptionEntry> thirdOptions, NextStepsEntry nextSteps) {
    }

    record Thresholds(Integer eitherBelow, Integer clearFrom, Integer strongFrom) {
    }

    record QuestionEntry(String key, String kind, Boolean tieBreak, String prompt, String help,
                         String comparisonSection, String article, Map<String, Object> skipWhen, String excludes,
                         String conflictMessage, Map<String, AnswerEntry> answers) {
    }

    record AnswerEntry(String label, String favours, Integer weight, String explanation, Boolean suggestsFastapi) {
    }

    record ThirdOptionEntry(String framework, Map<String, Object> when, String heading, String text, List<String> sources) {
    }

    record NextStepsEntry(Map<String, String> tutorials, List<PackageEntry> packages) {
    }

    record PackageEntry(Map<String, Object> when, String name, String url, String why) {
    }
}
