package com.frameworkfork.decision.questionnaire;

import java.util.List;
import java.util.Set;

import com.frameworkfork.decision.scoring.Answer;
import com.frameworkfork.decision.scoring.AnswerWeight;
import com.frameworkfork.decision.scoring.QuestionWeights;
import com.frameworkfork.decision.scoring.ScoringModel;
import com.frameworkfork.decision.scoring.ScoringModelFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The migration seeds exactly the model the exhaustive scorer tests check, with links that will exist. */
@SpringBootTest
class SeededModelTest {

    private static final Set<String> COMPARE_ANCHORS = Set.of("at-a-glance", "architecture", "data-and-orm",
            "admin-and-auth", "templates", "async", "apis", "security", "testing", "learning-curve", "community",
            "performance", "cost", "use-cases", "who-uses-it", "pros-and-cons", "migration", "sources");
    private static final Set<String> ARTICLES = Set.of("django-or-flask-decision-guide",
            "what-each-framework-gives-you", "performance-claims-and-why-they-disagree", "security-defaults-compared",
            "ecosystem-community-and-learning-curve", "moving-between-django-and-flask");

    @Autowired
    Questionnaires questionnaires;

    @Test
    void theSeededWeightsAndThresholdsAreTheOnesTheScorerTestsCover() {
        ScoringModel seeded = questionnaires.current().model();
        ScoringModel expected = ScoringModelFixture.MODEL;
        assertThat(seeded.version()).isEqualTo(1);
        assertThat(seeded.keys()).containsExactlyElementsOf(ScoringModelFixture.KEYS);
        assertThat(List.of(seeded.eitherBelow(), seeded.clearFrom(), seeded.strongFrom()))
                .containsExactly(expected.eitherBelow(), expected.clearFrom(), expected.strongFrom());
        for (QuestionWeights question : expected.questions()) {
            QuestionWeights actual = seeded.question(question.key()).orElseThrow();
            assertThat(actual.excludesKey()).as(question.key()).isEqualTo(question.excludesKey());
            for (Answer answer : Answer.values()) {
                AnswerWeight want = question.weightOf(answer);
                AnswerWeight got = actual.weightOf(answer);
                assertThat(List.of(got.favours(), got.weight(), got.suggestsFastApi())).as(question.key() + "=" + answer)
                        .containsExactly(want.favours(), want.weight(), want.suggestsFastApi());
                assertThat(got.explanation()).isNotBlank();
            }
        }
    }

    @Test
    void everyQuestionHasTextsOptionsAndLinksToPagesThatWillExist() {
        Questionnaire questionnaire = questionnaires.version(1);
        assertThat(questionnaire.questions()).hasSize(6);
        for (Questionnaire.QuestionText question : questionnaire.questions()) {
            assertThat(question.prompt()).endsWith("?");
            assertThat(question.helpText()).isNotBlank();
            assertThat(question.options()).extracting(Questionnaire.OptionText::answer)
                    .containsExactly(Answer.YES, Answer.NO, Answer.UNSURE);
            assertThat(COMPARE_ANCHORS).contains(question.compareAnchor());
            assertThat(ARTICLES).contains(question.articleSlug());
            assertThat(question.excludesKey() == null).isEqualTo(question.conflictMessage() == null);
        }
    }
}
