package com.frameworkfork.decision.questionnaire;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.frameworkfork.article.ArticleLink;
import com.frameworkfork.comparison.SectionLink;
import com.frameworkfork.decision.questionnaire.ModelDefinition.AnswerDefinition;
import com.frameworkfork.decision.questionnaire.ModelDefinition.PackageDefinition;
import com.frameworkfork.decision.questionnaire.ModelDefinition.QuestionDefinition;
import com.frameworkfork.decision.questionnaire.ModelDefinition.ThirdOptionDefinition;
import com.frameworkfork.decision.scoring.Answer;
import com.frameworkfork.decision.scoring.Condition;
import com.frameworkfork.decision.scoring.QuestionKind;
import com.frameworkfork.source.Source;
import com.frameworkfork.source.SourceService;
import com.frameworkfork.source.SourceView;
import org.springframework.stereotype.Component;

/** Reads and writes whole model versions: the rows of one version as a {@link ModelDefinition} and back. */
@Component
class ModelStore {

    private final ScoringModelVersionRepository versions;
    private final DecisionQuestionRepository questions;
    private final DecisionThirdOptionRepository thirdOptions;
    private final DecisionNextStepRepository nextSteps;
    private final SourceService sources;

    ModelStore(ScoringModelVersionRepository versions, DecisionQuestionRepository questions,
               DecisionThirdOptionRepository thirdOptions, DecisionNextStepRepository nextSteps, SourceService sources) {
        this.versions = versions;
        this.questions = questions;
        this.thirdOptions = thirdOptions;
        this.nextSteps = nextSteps;
        this.sources = sources;
    }

    Optional<ScoringModelVersion> version(int version) {
        return versions.findById(version);
    }

    List<ScoringModelVersion> all() {
        return versions.findAllByOrderByVersionDesc();
    }

    Optional<ScoringModelVersion> published() {
        return versions.findFirstByStateOrderByVersionDesc(ModelState.PUBLISHED);
    }

    /** The version as content, its links named as the files name them. */
    Optional<ModelDefinition> definition(int version, ContentLinks.Targets links) {
        return versions.findById(version).map(model -> definition(model, links));
    }

    ModelDefinition definition(ScoringModelVersion model, ContentLinks.Targets links) {
        List<QuestionDefinition> asked = questions.findWithOptionsByModelVersion(model.getVersion()).stream()
                .map(q -> questionDefinition(q, links)).toList();
        List<ThirdOptionDefinition> options = thirdOptions.findByModelVersionOrderByPosition(model.getVersion()).stream()
                .map(o -> new ThirdOptionDefinition(o.getFrameworkSlug(), Condition.parse(o.getShownWhen()), o.getHeading(),
                        o.getText(), o.getSources().stream().map(Source::getCode).toList()))
                .toList();
        List<PackageDefinition> packages = nextSteps.findByModelVersionOrderByPosition(model.getVersion()).stream()
                .map(p -> new PackageDefinition(Condition.parse(p.getShownWhen()), p.getName(), p.getUrl(), p.getWhy()))
                .toList();
        return new ModelDefinition(model.getVersion(), model.getPublishedOn() == null, model.getPublishedOn(),
                model.getNote(), model.getEitherBelow(), model.getClearFrom(), model.getStrongFrom(), asked, options,
                model.getDjangoTutorial(), model.getFlaskTutorial(), packages);
    }

    /** @param links null when only the scoring matters, not where the question links to */
    private static QuestionDefinition questionDefinition(DecisionQuestion question, ContentLinks.Targets links) {
        Map<Answer, AnswerDefinition> answers = new EnumMap<>(Answer.class);
        for (DecisionAnswerOption option : question.getOptions()) {
            answers.put(Answer.parse(option.getAnswerValue()).orElseThrow(), new AnswerDefinition(option.getLabel(),
                    option.getFavours(), option.getWeight(), option.getExplanation(), option.isSuggestsFastapi()));
        }
        return new QuestionDefinition(question.getQuestionKey(),
                question.getKind() == null ? null : QuestionKind.parse(question.getKind()).orElseThrow(),
                question.getPrompt(), question.getHelpText(),
                links == null ? null : links.section(question.getSectionId()).map(SectionLink::key).orElse(null),
                links == null ? null : links.article(question.getArticleId()).map(ArticleLink::slug).orElse(null),
                question.getSkipWhen() == null ? null : Condition.parse(question.getSkipWhen()),
                question.isTieBreak(), question.getExcludesKey(), question.getConflictMessage(), answers);
    }

    /** The version as readers see it, with the sources of its third options. */
    Optional<Questionnaire> questionnaire(int version) {
        return versions.findById(version).map(this::questionnaire);
    }

    private Questionnaire questionnaire(ScoringModelVersion model) {
        List<DecisionQuestion> rows = questions.findWithOptionsByModelVersion(model.getVersion());
        List<Questionnaire.QuestionText> texts = new ArrayList<>();
        int number = 0;
        for (DecisionQuestion question : rows) {
            List<Questionnaire.OptionText> options = question.getOptions().stream()
                    .map(o -> new Questionnaire.OptionText(Answer.parse(o.getAnswerValue()).orElseThrow(), o.getLabel()))
                    .toList();
            texts.add(new Questionnaire.QuestionText(question.getQuestionKey(), ++number, question.getPrompt(),
                    question.getHelpText(), question.getArticleId(), question.getSectionId(), question.getExcludesKey(),
                    question.getConflictMessage(),
                    question.getKind() == null ? null : QuestionKind.parse(question.getKind()).orElseThrow(),
                    question.getSkipWhen() == null ? null : Condition.parse(question.getSkipWhen()),
                    question.isTieBreak(), options));
        }
        List<Questionnaire.ThirdOption> options = thirdOptions.findByModelVersionOrderByPosition(model.getVersion()).stream()
                .map(o -> new Questionnaire.ThirdOption(o.getFrameworkSlug(), Condition.parse(o.getShownWhen()),
                        o.getHeading(), o.getText(), o.getSources().stream()
                        .sorted(Comparator.comparing(Source::getCode)).map(SourceView::of).toList()))
                .toList();
        List<Questionnaire.PackageStep> packages = nextSteps.findByModelVersionOrderByPosition(model.getVersion()).stream()
                .map(p -> new Questionnaire.PackageStep(Condition.parse(p.getShownWhen()), p.getName(), p.getUrl(), p.getWhy()))
                .toList();
        ModelDefinition scoring = new ModelDefinition(model.getVersion(), model.getState() == ModelState.DRAFT,
                model.getPublishedOn(), model.getNote(), model.getEitherBelow(), model.getClearFrom(),
                model.getStrongFrom(), rows.stream().map(q -> questionDefinition(q, null)).toList(), List.of(), null,
                null, List.of());
        return new Questionnaire(scoring.scoringModel(), model.getState(), model.getPublishedOn(), model.getNote(),
                texts, options, new Questionnaire.NextSteps(model.getDjangoTutorial(), model.getFlaskTutorial(), packages));
    }

    /**
     * Makes the rows of {@code model} hold this content: questions are updated in place by key (their
     * key is unique within a version), third options and next steps are replaced.
     */
    void replaceContent(ScoringModelVersion model, ModelDefinition content, ContentLinks.Targets links) {
        model.change(content.eitherBelow(), content.clearFrom(), content.strongFrom(), content.note(),
                content.djangoTutorial(), content.flaskTutorial());
        versions.saveAndFlush(model);
        int version = model.getVersion();
        Map<String, DecisionQuestion> existing = new HashMap<>();
        questions.findWithOptionsByModelVersion(version).forEach(q -> existing.put(q.getQuestionKey(), q));
        int position = 0;
        for (QuestionDefinition definition : content.questions()) {
            position++;
            DecisionQuestion question = existing.remove(definition.key());
            if (question == null) {
                question = new DecisionQuestion(version, definition.key(), position);
            } else {
                question.moveTo(position);
            }
            question.changeTexts(definition.prompt(), definition.help(),
                    definition.kind() == null ? null : definition.kind().value(), definition.conflictMessage());
            question.changeRules(definition.excludes(),
                    definition.skipWhen() == null ? null : definition.skipWhen().format(), definition.tieBreak());
            question.link(articleId(links, definition.article()), sectionId(links, definition.comparisonSection()));
            int optionPosition = 0;
            for (Map.Entry<Answer, AnswerDefinition> answer : definition.answers().entrySet()) {
                AnswerDefinition option = answer.getValue();
                question.option(answer.getKey().value(), ++optionPosition).change(option.label(), option.favours(),
                        option.weight(), option.explanation(), option.suggestsFastapi());
            }
            questions.save(question);
        }
        questions.deleteAll(existing.values());
        thirdOptions.deleteAll(thirdOptions.findByModelVersionOrderByPosition(version));
        nextSteps.deleteAll(nextSteps.findByModelVersionOrderByPosition(version));
        position = 0;
        for (ThirdOptionDefinition option : content.thirdOptions()) {
            thirdOptions.save(new DecisionThirdOption(version, ++position, option.framework(), option.when().format(),
                    option.heading(), option.text(), sources.byCodes(option.sources())));
        }
        position = 0;
        for (PackageDefinition step : content.packages()) {
            nextSteps.save(new DecisionNextStep(version, ++position, step.when().format(), step.name(), step.url(), step.why()));
        }
    }

    /** Points the questions of a version at these links, leaving everything else as it is. */
    void relink(int version, ModelDefinition content, ContentLinks.Targets links) {
        Map<String, QuestionDefinition> byKey = new HashMap<>();
        content.questions().forEach(q -> byKey.put(q.key(), q));
        for (DecisionQuestion question : questions.findByModelVersion(version)) {
            QuestionDefinition definition = byKey.get(question.getQuestionKey());
            question.link(articleId(links, definition.article()), sectionId(links, definition.comparisonSection()));
            questions.save(question);
        }
    }

    void delete(ScoringModelVersion model) {
        questions.deleteAll(questions.findWithOptionsByModelVersion(model.getVersion()));
        thirdOptions.deleteAll(thirdOptions.findByModelVersionOrderByPosition(model.getVersion()));
        nextSteps.deleteAll(nextSteps.findByModelVersionOrderByPosition(model.getVersion()));
        questions.flush();
        versions.delete(model);
    }

    ScoringModelVersion save(ScoringModelVersion model) {
        return versions.save(model);
    }

    Optional<Integer> highestVersion() {
        return versions.findHighestVersion();
    }

    private static Long articleId(ContentLinks.Targets links, String slug) {
        return slug == null ? null : links.articleBySlug(slug).map(ArticleLink::id)
                .orElseThrow(() -> new MissingLinkException("the article " + slug));
    }

    private static Long sectionId(ContentLinks.Targets links, String key) {
        return key == null ? null : links.sectionByKey(key).map(SectionLink::id)
                .orElseThrow(() -> new MissingLinkException("the comparison section " + key));
    }

    /** A model names an article or section the database does not hold. */
    static final class MissingLinkException extends RuntimeException {

        MissingLinkException(String what) {
            super(what + " does not exist");
        }
    }
}
