package com.frameworkfork.decision.questionnaire;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.frameworkfork.article.ArticleLink;
import com.frameworkfork.comparison.SectionLink;
import com.frameworkfork.content.ContentFiles;
import com.frameworkfork.content.ContentVersion;
import com.frameworkfork.decision.questionnaire.ModelDefinition.AnswerDefinition;
import com.frameworkfork.decision.questionnaire.ModelDefinition.PackageDefinition;
import com.frameworkfork.decision.questionnaire.ModelDefinition.QuestionDefinition;
import com.frameworkfork.decision.questionnaire.ModelDefinition.ThirdOptionDefinition;
import com.frameworkfork.decision.scoring.Answer;
import com.frameworkfork.decision.scoring.Condition;
import com.frameworkfork.decision.scoring.Lean;
import com.frameworkfork.decision.scoring.QuestionKind;
import com.frameworkfork.source.SourceService;
import com.frameworkfork.source.SourceView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The back office's rules for scoring models: a draft is copied from the published model and edited
 * piece by piece (each save checked like a shipped file, the editor's input kept on refusal), its
 * impact previewed, then published or deleted. A version that was ever published is only shown.
 */
@Service
class QuestionnaireEditing {

    private final ModelStore store;
    private final ContentLinks links;
    private final SourceService sources;
    private final ContentVersion contentVersion;
    private final PublishPermission permission;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** Versions the shipped files carry, which editors' drafts never take. */
    private final Set<Integer> shippedVersions;
    /** The frameworks a third option may be about, as the shipped frameworks file lists them. */
    private final List<String> frameworks;

    QuestionnaireEditing(ModelStore store, ContentLinks links, SourceService sources, ContentVersion contentVersion,
                         PublishPermission permission, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.links = links;
        this.sources = sources;
        this.contentVersion = contentVersion;
        this.permission = permission;
        this.events = events;
        this.clock = clock;
        ContentFiles shipped = ContentFiles.shipped();
        this.shippedVersions = QuestionnaireContent.shippedVersions(shipped);
        this.frameworks = QuestionnaireContent.frameworkSlugs(shipped).stream().sorted().toList();
    }

    @Transactional(readOnly = true)
    public List<ModelSummary> overview() {
        return store.all().stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public ModelScreen model(int version) {
        ScoringModelVersion model = load(version);
        ContentLinks.Targets targets = links.targets();
        ModelDefinition definition = store.definition(model, targets);
        List<QuestionRow> questions = new ArrayList<>();
        for (QuestionDefinition question : definition.questions()) {
            questions.add(new QuestionRow(question.key(), question.prompt(), question.kind(), question.tieBreak(),
                    question.skipWhen() == null ? null : question.skipWhen().format(),
                    question.article() == null || question.comparisonSection() == null));
        }
        return new ModelScreen(summary(model), definition, questions, latestDraftFrom(model), permission.allowed());
    }

    /** Copies the published model into a new draft under the next version no file or row uses. */
    @Transactional
    public int createDraft() {
        contentVersion.bump();
        ScoringModelVersion published = store.published()
                .orElseThrow(() -> new IllegalStateException("No scoring model is published"));
        int version = Math.max(store.highestVersion().orElse(0),
                shippedVersions.stream().mapToInt(Integer::intValue).max().orElse(0)) + 1;
        ContentLinks.Targets targets = links.targets();
        ModelDefinition copy = store.definition(published, targets);
        store.replaceContent(new ScoringModelVersion(version, ModelState.DRAFT, ModelOrigin.EDITOR,
                published.getVersion()), copy, targets);
        return version;
    }

    // Thresholds, note and tutorials.

    @Transactional(readOnly = true)
    public SettingsForm settingsForm(int version) {
        return SettingsForm.of(store.definition(load(version), links.targets()));
    }

    @Transactional
    public boolean saveSettings(int version, SettingsForm form, Errors errors) {
        requireNumber(errors, "eitherBelow", form.getEitherBelow());
        requireNumber(errors, "clearFrom", form.getClearFrom());
        requireNumber(errors, "strongFrom", form.getStrongFrom());
        if (!errors.hasFieldErrors("eitherBelow") && !errors.hasFieldErrors("clearFrom")
                && form.getClearFrom() < form.getEitherBelow()) {
            errors.rejectValue("clearFrom", "rising", "A clear lean cannot start below the point where a lean starts.");
        }
        if (!errors.hasFieldErrors("clearFrom") && !errors.hasFieldErrors("strongFrom")
                && form.getStrongFrom() < form.getClearFrom()) {
            errors.rejectValue("strongFrom", "rising", "A strong lean cannot start below a clear one.");
        }
        requireText(errors, "note", form.getNote(), 3000);
        String django = blankToNull(form.getDjangoTutorial());
        String flask = blankToNull(form.getFlaskTutorial());
        if (django != null && !ModelFiles.isWebAddress(django)) {
            errors.rejectValue("djangoTutorial", "url", "Enter an address starting with https:// or http://.");
        }
        if (flask != null && !ModelFiles.isWebAddress(flask)) {
            errors.rejectValue("flaskTutorial", "url", "Enter an address starting with https:// or http://.");
        }
        if (errors.hasErrors()) {
            return false;
        }
        return edit(version, model -> new ModelDefinition(model.version(), true, null, form.getNote().strip(),
                form.getEitherBelow(), form.getClearFrom(), form.getStrongFrom(), model.questions(),
                model.thirdOptions(), django, flask, model.packages()));
    }

    // Questions.

    @Transactional(readOnly = true)
    public QuestionEditor questionEditor(int version, String key) {
        ScoringModelVersion model = load(version);
        ContentLinks.Targets targets = links.targets();
        QuestionDefinition question = question(store.definition(model, targets), key);
        return new QuestionEditor(summary(model), question, targets.articles(), targets.sections(), kinds(question),
                latestDraftFrom(model));
    }

    @Transactional(readOnly = true)
    public QuestionForm questionForm(int version, String key) {
        ContentLinks.Targets targets = links.targets();
        QuestionDefinition question = question(store.definition(load(version), targets), key);
        return QuestionForm.of(question, targets.articleBySlug(question.article()).map(ArticleLink::id).orElse(null),
                targets.sectionByKey(question.comparisonSection()).map(SectionLink::id).orElse(null));
    }

    @Transactional
    public boolean saveQuestion(int version, String key, QuestionForm form, Errors errors) {
        ContentLinks.Targets targets = links.targets();
        QuestionDefinition current = question(store.definition(load(version), targets), key);
        requireText(errors, "prompt", form.getPrompt(), 300);
        requireText(errors, "help", form.getHelp(), 1000);
        Optional<ArticleLink> article = targets.article(form.getArticleId());
        if (article.isEmpty()) {
            errors.rejectValue("articleId", "missing", "Choose the article this question's reason links to.");
        }
        Optional<SectionLink> section = targets.section(form.getSectionId());
        if (section.isEmpty()) {
            errors.rejectValue("sectionId", "missing", "Choose the comparison section this question's reason links to.");
        }
        QuestionKind kind = null;
        String kindValue = blankToNull(form.getKind());
        if (kindValue != null) {
            kind = QuestionKind.parse(kindValue).orElse(null);
            if (kind == null) {
                errors.rejectValue("kind", "kind", "Choose one of the kinds listed.");
            }
        }
        if (current.tieBreak() != (kind == QuestionKind.TIE_BREAK) && (kind != null || current.tieBreak())) {
            errors.rejectValue("kind", "kind", current.tieBreak()
                    ? "This is the tie-break question; its kind stays tie-break."
                    : "Only the tie-break question has the kind tie-break.");
        }
        String conflict = blankToNull(form.getConflictMessage());
        if (current.excludes() != null) {
            requireText(errors, "conflictMessage", conflict, 400);
        }
        Map<Answer, AnswerDefinition> answers = new EnumMap<>(Answer.class);
        for (Answer answer : Answer.values()) {
            QuestionForm.AnswerFields fields = form.answer(answer);
            String prefix = fields.prefix();
            requireText(errors, prefix + "Label", fields.label(), 40);
            Lean favours = switch (fields.favours() == null ? "" : fields.favours()) {
                case "django" -> Lean.DJANGO;
                case "flask" -> Lean.FLASK;
                case "neither" -> Lean.NEITHER;
                default -> null;
            };
            if (favours == null) {
                errors.rejectValue(prefix + "Favours", "favours", "Choose Django, Flask or neither.");
            }
            if (!errors.hasFieldErrors(prefix + "Weight")) {
                if (fields.weight() == null || fields.weight() < 0 || fields.weight() > 1000) {
                    errors.rejectValue(prefix + "Weight", "weight", "Enter a whole number from 0 to 1000.");
                } else if (favours == Lean.NEITHER && fields.weight() != 0) {
                    errors.rejectValue(prefix + "Weight", "weight", "An answer that favours neither side weighs 0.");
                }
            }
            requireText(errors, prefix + "Explanation", fields.explanation(), 1000);
            if (!errors.hasErrors()) {
                answers.put(answer, new AnswerDefinition(fields.label().strip(), favours, fields.weight(),
                        fields.explanation().strip(), current.answers().get(answer).suggestsFastapi()));
            }
        }
        if (errors.hasErrors()) {
            return false;
        }
        QuestionDefinition changed = new QuestionDefinition(key, kind, form.getPrompt().strip(), form.getHelp().strip(),
                section.orElseThrow().key(), article.orElseThrow().slug(), current.skipWhen(), current.tieBreak(),
                current.excludes(), current.excludes() == null ? null : conflict.strip(), answers);
        return edit(version, model -> {
            List<QuestionDefinition> questions = model.questions().stream()
                    .map(q -> q.key().equals(key) ? changed : q).toList();
            return new ModelDefinition(model.version(), true, null, model.note(), model.eitherBelow(),
                    model.clearFrom(), model.strongFrom(), questions, model.thirdOptions(), model.djangoTutorial(),
                    model.flaskTutorial(), model.packages());
        });
    }

    // Third options.

    @Transactional(readOnly = true)
    public AdviceEditor adviceEditor(int version) {
        return new AdviceEditor(summary(load(version)), frameworks, sources.all());
    }

    @Transactional(readOnly = true)
    public ThirdOptionForm thirdOptionForm(int version, Integer position) {
        if (position == null) {
            return new ThirdOptionForm();
        }
        return ThirdOptionForm.of(item(store.definition(load(version), links.targets()).thirdOptions(), position));
    }

    /** @param position the option's place, from 1, or null to add one at the end */
    @Transactional
    public boolean saveThirdOption(int version, Integer position, ThirdOptionForm form, Errors errors) {
        ModelDefinition model = store.definition(load(version), links.targets());
        if (position != null) {
            item(model.thirdOptions(), position);
        }
        if (form.getFramework() == null || !frameworks.contains(form.getFramework())) {
            errors.rejectValue("framework", "framework", "Choose one of the frameworks listed.");
        }
        Condition when = condition(errors, "when", form.getWhen(), model);
        requireText(errors, "heading", form.getHeading(), 200);
        requireText(errors, "text", form.getText(), 2000);
        Set<String> known = new LinkedHashSet<>();
        sources.all().forEach(s -> known.add(s.code()));
        if (form.getSourceCodes().isEmpty()) {
            errors.rejectValue("sourceCodes", "sources", "Tick at least one source the text relies on.");
        } else if (!known.containsAll(form.getSourceCodes())) {
            errors.rejectValue("sourceCodes", "sources", "Tick only sources from the list.");
        }
        if (errors.hasErrors()) {
            return false;
        }
        ThirdOptionDefinition option = new ThirdOptionDefinition(form.getFramework(), when, form.getHeading().strip(),
                form.getText().strip(), form.getSourceCodes());
        return edit(version, m -> withThirdOptions(m, replaced(m.thirdOptions(), position, option)));
    }

    @Transactional
    public void removeThirdOption(int version, int position) {
        edit(version, m -> {
            item(m.thirdOptions(), position);
            return withThirdOptions(m, replaced(m.thirdOptions(), position, null));
        });
    }

    // Next-step packages.

    @Transactional(readOnly = true)
    public PackageForm packageForm(int version, Integer position) {
        if (position == null) {
            return new PackageForm();
        }
        return PackageForm.of(item(store.definition(load(version), links.targets()).packages(), position));
    }

    @Transactional
    public boolean savePackage(int version, Integer position, PackageForm form, Errors errors) {
        ModelDefinition model = store.definition(load(version), links.targets());
        if (position != null) {
            item(model.packages(), position);
        }
        Condition when = condition(errors, "when", form.getWhen(), model);
        requireText(errors, "name", form.getName(), 120);
        if (!ModelFiles.isWebAddress(blankToNull(form.getUrl()))) {
            errors.rejectValue("url", "url", "Enter an address starting with https:// or http://.");
        }
        requireText(errors, "why", form.getWhy(), 600);
        if (errors.hasErrors()) {
            return false;
        }
        PackageDefinition step = new PackageDefinition(when, form.getName().strip(), form.getUrl().strip(),
                form.getWhy().strip());
        return edit(version, m -> withPackages(m, replaced(m.packages(), position, step)));
    }

    @Transactional
    public void removePackage(int version, int position) {
        edit(version, m -> {
            item(m.packages(), position);
            return withPackages(m, replaced(m.packages(), position, null));
        });
    }

    // Impact, publication and deletion.

    /** The draft against the model new verdicts use now. */
    @Transactional(readOnly = true)
    public ImpactPreview impact(int version) {
        ScoringModelVersion draft = loadDraft(version);
        ScoringModelVersion published = store.published()
                .orElseThrow(() -> new IllegalStateException("No scoring model is published"));
        ContentLinks.Targets targets = links.targets();
        return ImpactPreview.of(store.definition(draft, targets).scoringModel(),
                store.definition(published, targets).scoringModel());
    }

    /** Makes the draft the model for new verdicts; the model it replaces keeps explaining its verdicts. */
    @Transactional
    public void publish(int version) {
        permission.check();
        contentVersion.bump();
        ScoringModelVersion draft = loadDraft(version);
        ModelDefinition definition = store.definition(draft, links.targets());
        List<String> unlinked = definition.questions().stream()
                .filter(q -> q.article() == null || q.comparisonSection() == null).map(QuestionDefinition::key).toList();
        if (!unlinked.isEmpty()) {
            throw new ModelNotEditableException("Scoring model " + version + " cannot be published yet: choose the "
                    + "article and comparison section of " + String.join(", ", unlinked) + " first.");
        }
        store.published().ifPresent(published -> {
            published.retire();
            store.save(published);
        });
        draft.publish(LocalDate.now(clock));
        store.save(draft);
        events.publishEvent(new QuestionnairePublished());
    }

    @Transactional
    public void delete(int version) {
        contentVersion.bump();
        store.delete(loadDraft(version));
    }

    /** Applies a change to a draft's content and stores it; an edited shipped draft becomes the editor's. */
    private boolean edit(int version, UnaryOperator<ModelDefinition> change) {
        contentVersion.bump();
        ScoringModelVersion draft = loadDraft(version);
        ContentLinks.Targets targets = links.targets();
        ModelDefinition changed = change.apply(store.definition(draft, targets));
        changed.scoringModel();
        draft.setOrigin(ModelOrigin.EDITOR);
        draft.setPublishedOn(null);
        store.replaceContent(draft, changed, targets);
        return true;
    }

    private ScoringModelVersion load(int version) {
        return store.version(version).orElseThrow(() -> new ModelNotFoundException(version));
    }

    private ScoringModelVersion loadDraft(int version) {
        ScoringModelVersion model = load(version);
        if (model.getState() != ModelState.DRAFT) {
            throw new ModelNotEditableException("Scoring model " + version + " has been published, so it no longer "
                    + "changes: verdicts are explained with it. Create a draft from the published model to change it.");
        }
        return model;
    }

    private ModelSummary summary(ScoringModelVersion model) {
        return new ModelSummary(model.getVersion(), model.getState(), model.getOrigin() == ModelOrigin.SHIPPED,
                model.getBasedOn(), model.getState() == ModelState.DRAFT ? null : model.getPublishedOn());
    }

    /** The newest draft, for a published version whose questions an editor wants to change. */
    private Integer latestDraftFrom(ScoringModelVersion model) {
        if (model.getState() == ModelState.DRAFT) {
            return model.getVersion();
        }
        return store.all().stream().filter(m -> m.getState() == ModelState.DRAFT).map(ScoringModelVersion::getVersion)
                .findFirst().orElse(null);
    }

    private static QuestionDefinition question(ModelDefinition model, String key) {
        return model.questions().stream().filter(q -> q.key().equals(key)).findFirst()
                .orElseThrow(() -> new ModelNotFoundException(model.version()));
    }

    private static List<String> kinds(QuestionDefinition question) {
        List<String> kinds = new ArrayList<>();
        for (QuestionKind kind : QuestionKind.values()) {
            if ((kind == QuestionKind.TIE_BREAK) == question.tieBreak()) {
                kinds.add(kind.value());
            }
        }
        return kinds;
    }

    private static <T> T item(List<T> items, int position) {
        if (position < 1 || position > items.size()) {
            throw new ModelNotFoundException(position);
        }
        return items.get(position - 1);
    }

    /** The list with the item at {@code position} replaced (null removes it), or the item added when position is null. */
    private static <T> List<T> replaced(List<T> items, Integer position, T item) {
        List<T> changed = new ArrayList<>(items);
        if (position == null) {
            changed.add(item);
        } else if (item == null) {
            changed.remove(position - 1);
        } else {
            changed.set(position - 1, item);
        }
        return Collections.unmodifiableList(changed);
    }

    private static ModelDefinition withThirdOptions(ModelDefinition m, List<ThirdOptionDefinition> options) {
        return new ModelDefinition(m.version(), true, null, m.note(), m.eitherBelow(), m.clearFrom(), m.strongFrom(),
                m.questions(), options, m.djangoTutorial(), m.flaskTutorial(), m.packages());
    }

    private static ModelDefinition withPackages(ModelDefinition m, List<PackageDefinition> packages) {
        return new ModelDefinition(m.version(), true, null, m.note(), m.eitherBelow(), m.clearFrom(), m.strongFrom(),
                m.questions(), m.thirdOptions(), m.djangoTutorial(), m.flaskTutorial(), packages);
    }

    private static Condition condition(Errors errors, String field, String text, ModelDefinition model) {
        try {
            Condition condition = Condition.parse(text);
            List<String> unknown = condition.unknownQuestions(model.questions().stream().map(QuestionDefinition::key).toList());
            if (!unknown.isEmpty()) {
                errors.rejectValue(field, "condition", "This model asks no question " + String.join(", ", unknown)
                        + "; use its question keys or recommendation.");
                return null;
            }
            return condition;
        } catch (IllegalArgumentException invalid) {
            errors.rejectValue(field, "condition", invalid.getMessage());
            return null;
        }
    }

    private static void requireNumber(Errors errors, String field, Integer value) {
        if (!errors.hasFieldErrors(field) && (value == null || value < 1 || value > 1000)) {
            errors.rejectValue(field, "number", "Enter a whole number from 1 to 1000.");
        }
    }

    private static void requireText(Errors errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "required", "This cannot be empty.");
        } else if (value.strip().length() > max) {
            errors.rejectValue(field, "length", "Keep this to " + max + " characters; it has " + value.strip().length() + ".");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** @param shipped written by the importer from a shipped file, not made by an editor */
    record ModelSummary(int version, ModelState state, boolean shipped, Integer basedOn, LocalDate publishedOn) {
    }

    /** @param draftVersion the draft where this model's questions can be changed, or null if there is none */
    record ModelScreen(ModelSummary summary, ModelDefinition definition, List<QuestionRow> questions,
                       Integer draftVersion, boolean publishAllowed) {

        public boolean editable() {
            return summary.state() == ModelState.DRAFT;
        }
    }

    /** @param unlinked the question's article or section is missing, so the draft cannot be published yet */
    record QuestionRow(String key, String prompt, QuestionKind kind, boolean tieBreak, String skipWhen, boolean unlinked) {
    }

    record QuestionEditor(ModelSummary summary, QuestionDefinition question, List<ArticleLink> articles,
                          List<SectionLink> sections, List<String> kinds, Integer draftVersion) {

        public boolean editable() {
            return summary.state() == ModelState.DRAFT;
        }
    }

    record AdviceEditor(ModelSummary summary, List<String> frameworks, List<SourceView> sources) {

        public boolean editable() {
            return summary.state() == ModelState.DRAFT;
        }
    }
}
