package com.frameworkfork.decision.questionnaire;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.frameworkfork.content.ContentExporter;
import com.frameworkfork.content.ContentFile;
import com.frameworkfork.content.ContentFileException;
import com.frameworkfork.content.ContentFiles;
import com.frameworkfork.content.ContentKind;
import com.frameworkfork.content.ContentWriter;
import com.frameworkfork.source.SourceService;
import org.springframework.stereotype.Component;

/**
 * The scoring models in {@code questionnaire/model-<n>.yml}. Models differ from other content in
 * three ways, all decided here:
 * <ul>
 * <li>A model that was ever published never changes, because verdicts are explained with it: a
 * shipped file that would change one stops the import (only its links, kept by id, may be set).</li>
 * <li>A new shipped model is published only while the published model is a shipped one older than
 * it; once an editor has published a model of their own, the shipped one arrives as a draft and
 * waits on the back office for the editor to publish or delete it.</li>
 * <li>Shipped files carry their version and editors' drafts take the next number no file or row
 * uses; a shipped version that still meets an editor's version of the same number is held back
 * by the importer, as for any record an editor has changed.</li>
 * </ul>
 */
@Component
class QuestionnaireContent implements ContentKind, ContentExporter {

    private final ModelStore store;
    private final ContentLinks links;
    private final SourceService sources;

    QuestionnaireContent(ModelStore store, ContentLinks links, SourceService sources) {
        this.store = store;
        this.links = links;
        this.sources = sources;
    }

    @Override
    public String name() {
        return "questionnaire-model";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Map<String, Map<String, Object>> shipped(ContentFiles files) {
        ModelFiles.Known known = new ModelFiles.Known(articleSlugs(files), sectionKeys(files), sources.shippedCodes(files),
                frameworkSlugs(files));
        Map<Integer, ModelDefinition> byVersion = new TreeMap<>();
        for (ContentFile file : files.folder(ModelFiles.FOLDER, ".yml")) {
            ModelDefinition model = ModelFiles.read(file, known);
            byVersion.put(model.version(), model);
        }
        Map<String, Map<String, Object>> records = new LinkedHashMap<>();
        byVersion.values().forEach(model -> records.put(ModelDefinition.key(model.version()), model.record()));
        return records;
    }

    /** The versions the shipped files carry, which editors' drafts never take. */
    static Set<Integer> shippedVersions(ContentFiles files) {
        Set<Integer> versions = new HashSet<>();
        files.folder(ModelFiles.FOLDER, ".yml").forEach(f -> ModelFiles.versionOf(f.path()).ifPresent(versions::add));
        return versions;
    }

    @Override
    public Map<String, Map<String, Object>> current() {
        ContentLinks.Targets targets = links.targets();
        Map<String, Map<String, Object>> records = new LinkedHashMap<>();
        for (ScoringModelVersion model : store.all()) {
            records.put(ModelDefinition.key(model.getVersion()), store.definition(model, targets).record());
        }
        return records;
    }

    @Override
    public void write(String key, Map<String, Object> fields) {
        ModelDefinition shipped = ModelFiles.fromRecord(fields);
        ContentLinks.Targets targets = links.targets();
        Optional<ScoringModelVersion> existing = store.version(shipped.version());
        try {
            if (existing.isEmpty()) {
                add(shipped, targets);
            } else if (existing.get().getState().everPublished()) {
                ModelDefinition stored = store.definition(existing.get(), targets);
                if (!stored.scoringContent().equals(shipped.scoringContent())) {
                    throw new ContentFileException(ModelDefinition.path(shipped.version()), 0, "scoring model "
                            + shipped.version() + " has been published, and verdicts are explained with it, so it "
                            + "never changes; ship the change as a new model file with the next version");
                }
                store.relink(shipped.version(), shipped, targets);
            } else {
                ScoringModelVersion draft = existing.get();
                draft.setOrigin(ModelOrigin.SHIPPED);
                draft.setPublishedOn(shipped.published());
                store.replaceContent(draft, shipped, targets);
            }
        } catch (ModelStore.MissingLinkException missing) {
            throw new ContentFileException(ModelDefinition.path(shipped.version()), 0, "a question links to "
                    + missing.getMessage() + " in the database");
        }
    }

    /** A new version: published if it takes over from a shipped published model, otherwise a draft for the editor. */
    private void add(ModelDefinition shipped, ContentLinks.Targets targets) {
        Optional<ScoringModelVersion> published = store.published();
        boolean takesOver = !shipped.draft() && published.map(p -> p.getOrigin() == ModelOrigin.SHIPPED
                && p.getVersion() < shipped.version()).orElse(true);
        ScoringModelVersion model = new ScoringModelVersion(shipped.version(),
                takesOver ? ModelState.PUBLISHED : ModelState.DRAFT, ModelOrigin.SHIPPED, null);
        if (takesOver) {
            published.ifPresent(p -> {
                p.retire();
                store.save(p);
            });
        }
        // A published file keeps its date even while it waits as a draft, so the record matches the file.
        model.setPublishedOn(shipped.published());
        store.replaceContent(model, shipped, targets);
    }

    /** Only a draft can go; a model verdicts may have been made with stays. */
    @Override
    public boolean remove(String key) {
        Optional<ScoringModelVersion> model = versionOf(key).flatMap(store::version);
        if (model.isEmpty()) {
            return true;
        }
        if (model.get().getState().everPublished()) {
            return false;
        }
        store.delete(model.get());
        return true;
    }

    @Override
    public String describe(String key, Map<String, Object> fields) {
        return "scoring model " + fields.get("version");
    }

    @Override
    public void export(ContentWriter files) {
        ContentLinks.Targets targets = links.targets();
        store.all().stream().sorted(Comparator.comparingInt(ScoringModelVersion::getVersion)).forEach(model ->
                files.yaml(ModelDefinition.path(model.getVersion()), "Scoring model version " + model.getVersion()
                        + ". Published versions never change; a new model is a new file.",
                        store.definition(model, targets).record()));
    }

    private static Optional<Integer> versionOf(String key) {
        return key.startsWith("model-") ? ModelFiles.versionOf(ModelFiles.FOLDER + "/" + key + ".yml") : Optional.empty();
    }

    private static Set<String> articleSlugs(ContentFiles files) {
        Set<String> slugs = new HashSet<>();
        for (ContentFile file : files.folder("articles", ".md")) {
            slugs.add(file.path().substring("articles/".length(), file.path().length() - ".md".length()));
        }
        return slugs;
    }

    /** "django-vs-flask#apis" for every section of every shipped comparison. */
    private static Set<String> sectionKeys(ContentFiles files) {
        Set<String> keys = new HashSet<>();
        for (ContentFile file : files.folder("comparisons", ".yml")) {
            Map<?, ?> comparison = file.yaml(Map.class);
            Object slug = comparison.get("slug");
            if (comparison.get("sections") instanceof List<?> sections) {
                for (Object section : sections) {
                    if (section instanceof Map<?, ?> fields && fields.get("anchor") != null) {
                        keys.add(slug + "#" + fields.get("anchor"));
                    }
                }
            }
        }
        return keys;
    }

    /** The frameworks the shipped frameworks file lists, which third options may be about. */
    static Set<String> frameworkSlugs(ContentFiles files) {
        Set<String> slugs = new HashSet<>();
        Optional<ContentFile> file = files.file("frameworks.yml");
        if (file.isPresent() && file.get().yaml(Map.class).get("frameworks") instanceof List<?> frameworks) {
            for (Object framework : frameworks) {
                if (framework instanceof Map<?, ?> fields && fields.get("slug") != null) {
                    slugs.add(fields.get("slug").toString());
                }
            }
        }
        return slugs;
    }
}
