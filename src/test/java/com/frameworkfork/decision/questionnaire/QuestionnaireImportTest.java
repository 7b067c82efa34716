package com.frameworkfork.decision.questionnaire;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.frameworkfork.content.ContentExport;
import com.frameworkfork.content.ContentFileException;
import com.frameworkfork.content.ContentFiles;
import com.frameworkfork.content.ContentImporter;
import com.frameworkfork.content.ContentReview;
import com.frameworkfork.decision.scoring.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shipped model files against the database: they import cleanly and idempotently, the database
 * gives back the records the files hold, a published model never changes, and a shipped model meets
 * an editor's models as promised (the editor's published model wins, a clashing version is held back).
 */
// A property of its own gives this class a database of its own, whose published model no other test changed.
@SpringBootTest(properties = {"test.context=questionnaire-import"})
@DirtiesContext
class QuestionnaireImportTest {

    @Autowired
    ContentImporter importer;

    @Autowired
    ContentReview review;

    @Autowired
    QuestionnaireContent content;

    @Autowired
    QuestionnaireEditing editing;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    ContentLinks links;

    @Autowired
    ContentExport export;

    @Autowired
    JdbcTemplate jdbc;

    private static ContentFiles shippedWith(Map<String, String> changes) {
        Map<String, String> texts = new HashMap<>(ContentFiles.shipped().texts());
        texts.putAll(changes);
        return new ContentFiles(texts);
    }

    /** The shipped model 2 under another version number, as a later release might ship a model. */
    private static String model2As(int version) {
        String text = ContentFiles.shipped().texts().get("questionnaire/model-2.yml");
        assertThat(text).contains("\nversion: 2\n");
        return text.replace("\nversion: 2\n", "\nversion: " + version + "\n");
    }

    private String state(int version) {
        return jdbc.queryForObject("SELECT state FROM scoring_model WHERE version = ?", String.class, version);
    }

    @Test
    void theShippedModelsImportAndTheNewestShippedOneIsPublished() {
        assertThat(state(1)).isEqualTo("RETIRED");
        assertThat(questionnaires.current().version()).isEqualTo(2);
        ContentLinks.Targets targets = links.targets();
        for (int version : List.of(1, 2)) {
            Questionnaire questionnaire = questionnaires.version(version);
            assertThat(questionnaire.questions()).isNotEmpty();
            for (Questionnaire.QuestionText question : questionnaire.questions()) {
                assertThat(question.options()).extracting(Questionnaire.OptionText::answer)
                        .containsExactly(Answer.YES, Answer.NO, Answer.UNSURE);
                assertThat(targets.article(question.articleId())).as("%d %s article", version, question.key()).isPresent();
                assertThat(targets.section(question.sectionId())).as("%d %s section", version, question.key()).isPresent();
            }
        }
    }

    @Test
    void aSecondImportChangesNothingAndTheDatabaseHoldsWhatTheFilesHold() {
        ContentImporter.Report again = importer.importFiles(ContentFiles.shipped());

        assertThat(again.written()).isZero();
        assertThat(again.heldBack()).isZero();
        Map<String, Map<String, Object>> current = content.current();
        content.shipped(ContentFiles.shipped()).forEach((key, record) -> assertThat(current.get(key)).as(key).isEqualTo(record));
    }

    @Test
    void anExportReadsBackAsTheSameModels() {
        Map<String, String> texts = new HashMap<>(ContentFiles.shipped().texts());
        texts.keySet().removeIf(path -> path.startsWith("questionnaire/"));
        export.files().entrySet().stream().filter(e -> e.getKey().startsWith("questionnaire/"))
                .forEach(e -> texts.put(e.getKey(), e.getValue()));

        assertThat(content.shipped(new ContentFiles(texts))).isEqualTo(content.current());
    }

    @Test
    void aShippedChangeToAPublishedModelStopsTheImportNamingTheFile() {
        String text = ContentFiles.shipped().texts().get("questionnaire/model-1.yml");
        ContentFiles changed = shippedWith(Map.of("questionnaire/model-1.yml", text.replace("weight: 3", "weight: 4")));

        assertThatThrownBy(() -> importer.importFiles(changed)).isInstanceOf(ContentFileException.class)
                .hasMessageContaining("model-1.yml");
        assertThat(questionnaires.version(1).model().question("api").orElseThrow().weightOf(Answer.YES).weight())
                .isEqualTo(3);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anEditorsPublishedModelWinsAndAShippedOneArrivesAsADraft() {
        int own = editing.createDraft();
        editing.publish(own);
        int shippedLater = own + 1;

        importer.importFiles(shippedWith(Map.of("questionnaire/model-" + shippedLater + ".yml", model2As(shippedLater))));

        assertThat(questionnaires.current().version()).isEqualTo(own);
        assertThat(state(shippedLater)).isEqualTo("DRAFT");
        assertThat(editing.overview()).anyMatch(m -> m.version() == shippedLater && m.shipped()
                && m.state() == ModelState.DRAFT);
        assertThat(editing.createDraft()).as("the next draft takes a number no model uses").isGreaterThan(shippedLater);
    }

    @Test
    void aShippedVersionThatMeetsAnEditorsDraftIsHeldBack() {
        int draft = editing.createDraft();
        String note = jdbc.queryForObject("SELECT note FROM scoring_model WHERE version = ?", String.class, draft);

        ContentImporter.Report report = importer.importFiles(
                shippedWith(Map.of("questionnaire/model-" + draft + ".yml", model2As(draft))));

        assertThat(report.heldBack()).isPositive();
        assertThat(review.heldBack()).anyMatch(h -> h.key().equals(ModelDefinition.key(draft)));
        assertThat(jdbc.queryForObject("SELECT note FROM scoring_model WHERE version = ?", String.class, draft)).isEqualTo(note);
        assertThat(questionnaires.current().version()).isNotEqualTo(draft);
    }
}
