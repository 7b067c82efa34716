package com.frameworkfork.decision.questionnaire;

import java.util.List;

import com.frameworkfork.decision.scoring.Answer;
import com.frameworkfork.decision.scoring.AnswerWeight;
import com.frameworkfork.decision.scoring.Lean;
import com.frameworkfork.decision.scoring.QuestionWeights;
import com.frameworkfork.decision.scoring.ScoringModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules a stored questionnaire must keep, whatever its weights and words, checked on every model
 * in the database with nothing but the database: its questions are complete, its exclusions go both
 * ways, and every link it gives a reader leads to a page that exists.
 */
@DataJpaTest
class SeededModelTest {

    @Autowired
    ScoringModelVersionRepository versions;

    @Autowired
    DecisionQuestionRepository questions;

    @Autowired
    JdbcTemplate jdbc;

    private Questionnaires questionnaires;

    @BeforeEach
    void load() {
        questionnaires = new Questionnaires(versions, questions);
    }

    private List<Questionnaire> everyModel() {
        List<Questionnaire> stored = jdbc.queryForList("SELECT version FROM scoring_model ORDER BY version", Integer.class)
                .stream().map(questionnaires::version).toList();
        assertThat(stored).isNotEmpty();
        return stored;
    }

    @Test
    void everyQuestionOffersYesNoAndNotSureWithAnExplanationForEach() {
        for (Questionnaire questionnaire : everyModel()) {
            assertThat(questionnaire.questions()).isNotEmpty();
            for (Questionnaire.QuestionText question : questionnaire.questions()) {
                assertThat(question.prompt()).as(question.key()).isNotBlank();
                assertThat(question.helpText()).as(question.key()).isNotBlank();
                assertThat(question.options()).extracting(Questionnaire.OptionText::answer)
                        .containsExactly(Answer.YES, Answer.NO, Answer.UNSURE);
                QuestionWeights weights = questionnaire.model().question(question.key()).orElseThrow();
                for (Answer answer : Answer.values()) {
                    assertThat(weights.weightOf(answer).explanation()).as(question.key() + "=" + answer).isNotBlank();
                }
            }
        }
    }

    /** "Not sure" adds nothing to either side, exactly as "no" does, and "no" favours nobody. */
    @Test
    void notSureWeighsExactlyLikeNoAndNoFavoursNeither() {
        for (Questionnaire questionnaire : everyModel()) {
            for (QuestionWeights question : questionnaire.model().questions()) {
                AnswerWeight no = question.weightOf(Answer.NO);
                AnswerWeight unsure = question.weightOf(Answer.UNSURE);
                assertThat(no.favours()).as(question.key()).isEqualTo(Lean.NEITHER);
                assertThat(List.of(unsure.favours(), unsure.weight(), unsure.suggestsFastApi()))
                        .as(question.key()).containsExactly(no.favours(), no.weight(), no.suggestsFastApi());
            }
        }
    }

    @Test
    void questionsThatExcludeEachOtherDoSoBothWaysAndSayWhy() {
        for (Questionnaire questionnaire : everyModel()) {
            for (Questionnaire.QuestionText question : questionnaire.questions()) {
                assertThat(question.excludesKey() == null).as(question.key()).isEqualTo(question.conflictMessage() == null);
                if (question.excludesKey() != null) {
                    Questionnaire.QuestionText excluded = questionnaire.question(question.excludesKey()).orElseThrow();
                    assertThat(excluded.excludesKey()).as("%s excludes %s", question.key(), excluded.key()).isEqualTo(question.key());
                }
            }
        }
    }

    @Test
    void theThresholdsRiseFromEitherToAStrongLean() {
        for (Questionnaire questionnaire : everyModel()) {
            ScoringModel model = questionnaire.model();
            assertThat(model.eitherBelow()).isPositive();
            assertThat(model.eitherBelow()).isLessThanOrEqualTo(model.clearFrom());
            assertThat(model.clearFrom()).isLessThanOrEqualTo(model.strongFrom());
        }
    }

    /** Each question leads to a section of the comparison and to a published article; both must exist. */
    @Test
    void everyQuestionLinksToASectionOfTheComparisonAndToAPublishedArticle() {
        List<String> anchors = jdbc.queryForList("SELECT s.anchor FROM comparison_section s JOIN comparison c "
                + "ON c.id = s.comparison_id WHERE c.slug = 'django-vs-flask'", String.class);
        List<String> published = jdbc.queryForList("SELECT slug FROM article WHERE published = TRUE", String.class);
        for (Questionnaire questionnaire : everyModel()) {
            for (Questionnaire.QuestionText question : questionnaire.questions()) {
                assertThat(anchors).as("the comparison section %s links to", question.key()).contains(question.compareAnchor());
                assertThat(published).as("the article %s links to", question.key()).contains(question.articleSlug());
                assertThat(question.articleTitle()).as("the words of %s's link to its article", question.key()).isNotBlank();
            }
        }
    }
}
