package com.frameworkfork.decision.questionnaire;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.frameworkfork.decision.scoring.Answer;
import com.frameworkfork.decision.scoring.Condition;
import com.frameworkfork.decision.scoring.QuestionKind;
import com.frameworkfork.decision.scoring.Recommendation;
import com.frameworkfork.decision.scoring.ScoringModel;
import com.frameworkfork.decision.scoring.ScoringResult;
import com.frameworkfork.source.SourceView;

/**
 * One scoring-model version with everything a reader sees of it: the weights plus the question texts,
 * the third options and the next steps.
 *
 * @param publishedOn null for a draft
 */
public record Questionnaire(ScoringModel model, ModelState state, LocalDate publishedOn, String note,
                            List<QuestionText> questions, List<ThirdOption> thirdOptions, NextSteps nextSteps) {

    public Questionnaire {
        questions = List.copyOf(questions);
        thirdOptions = List.copyOf(thirdOptions);
    }

    public int version() {
        return model.version();
    }

    public Optional<QuestionText> question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst();
    }

    /** The questions every reader is asked, without tie-breaks, which only close calls bring in. */
    public List<QuestionText> coreQuestions() {
        return questions.stream().filter(q -> !q.tieBreak()).toList();
    }

    /** The third options whose condition holds for a verdict's answers, in the model's order. */
    public List<ThirdOption> thirdOptionsFor(ScoringResult result) {
        return thirdOptions.stream()
                .filter(o -> o.when().matches(result.countedAnswers(), result.recommendation()))
                .toList();
    }

    /** The tutorials for the recommended framework (both for either) and the packages whose condition holds. */
    public Advice nextStepsFor(ScoringResult result) {
        List<Tutorial> tutorials = new ArrayList<>();
        Recommendation recommendation = result.recommendation();
        if (nextSteps.djangoTutorial() != null && recommendation != Recommendation.FLASK) {
            tutorials.add(new Tutorial(Recommendation.DJANGO, nextSteps.djangoTutorial()));
        }
        if (nextSteps.flaskTutorial() != null && recommendation != Recommendation.DJANGO) {
            tutorials.add(new Tutorial(Recommendation.FLASK, nextSteps.flaskTutorial()));
        }
        List<PackageStep> packages = nextSteps.packages().stream()
                .filter(p -> p.when().matches(result.countedAnswers(), recommendation))
                .toList();
        return new Advice(tutorials, packages);
    }

    /**
     * @param number    1-based position, as the intro lists the questions
     * @param articleId the article the reason links to, by id; null only for an old link whose article was gone
     * @param sectionId the comparison section the reason links to, by id
     * @param kind      null for a model that does not say
     * @param skipWhen  when earlier answers make the question moot, or null
     */
    public record QuestionText(String key, int number, String prompt, String helpText, Long articleId, Long sectionId,
                               String excludesKey, String conflictMessage, QuestionKind kind, Condition skipWhen,
                               boolean tieBreak, List<OptionText> options) {

        public QuestionText {
            options = List.copyOf(options);
        }

        public String labelOf(Answer answer) {
            return options.stream().filter(o -> o.answer() == answer).map(OptionText::label).findFirst()
                    .orElse(answer.value());
        }
    }

    public record OptionText(Answer answer, String label) {
    }

    /** Another framework worth a look when the condition holds, saying what its sources say. */
    public record ThirdOption(String framework, Condition when, String heading, String text, List<SourceView> sources) {

        public ThirdOption {
            sources = List.copyOf(sources);
        }
    }

    /** @param djangoTutorial null for a model without next steps */
    public record NextSteps(String djangoTutorial, String flaskTutorial, List<PackageStep> packages) {

        public NextSteps {
            packages = List.copyOf(packages);
        }
    }

    public record PackageStep(Condition when, String name, String url, String why) {
    }

    public record Tutorial(Recommendation framework, String url) {
    }

    /** The next steps shown with one verdict. */
    public record Advice(List<Tutorial> tutorials, List<PackageStep> packages) {

        public Advice {
            tutorials = List.copyOf(tutorials);
            packages = List.copyOf(packages);
        }
    }
}
