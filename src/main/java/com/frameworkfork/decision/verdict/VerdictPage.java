package com.frameworkfork.decision.verdict;

import java.time.LocalDate;
import java.util.List;

import com.frameworkfork.decision.scoring.Lean;
import com.frameworkfork.decision.scoring.Reason;
import com.frameworkfork.decision.scoring.Recommendation;
import com.frameworkfork.source.SourceView;

/**
 * Everything the verdict page and its Markdown decision record show, prepared before rendering.
 *
 * @param id          null for the home page's example, which is not stored
 * @param shareUrl    the absolute address that shows this verdict to anyone
 * @param shareImagePath where its preview image for shared links is
 * @param lean        the verdict's strength in the model's vocabulary, such as "a clear lean"
 * @param explanation the reasons, in question order, the tie-break questions the other answers made
 *                    unnecessary, the third options and the next steps
 * @param others      how all verdicts so far split, or null while there are fewer than {@code othersFrom}
 * @param sameAnswers the split among other verdicts with exactly these answers, or null below the minimum
 * @param previewOf   for a verdict with one answer changed and not stored, what was changed; otherwise null
 */
public record VerdictPage(String id, String shareUrl, String shareImagePath, Recommendation recommendation, String headline, String lean,
                   String summary, String title, String description, int djangoScore, int flaskScore, Chart chart,
                   VerdictExplanation explanation, VerdictStats others, VerdictStats sameAnswers, int modelVersion,
                   LocalDate decidedOn, boolean editor, PreviewOf previewOf, int othersFrom) {

    /** The questions that were asked or skipped, in question order. */
    public List<ReasonView> reasons() {
        return explanation.reasons();
    }

    /** Tie-break questions the other answers made unnecessary. */
    public List<NotAskedView> notAsked() {
        return explanation.notAsked();
    }

    public List<ThirdOptionView> thirdOptions() {
        return explanation.thirdOptions();
    }

    public NextStepsView nextSteps() {
        return explanation.nextSteps();
    }

    public String shareImageAlt() {
        return title + ". Django scores " + djangoScore + ", Flask " + flaskScore + ".";
    }

    public boolean anythingWouldChange() {
        return reasons().stream().anyMatch(r -> !r.flips().isEmpty());
    }

    /** How many questions the reader answered themselves. */
    public long answered() {
        return reasons().stream().filter(r -> r.status() == Reason.Status.ANSWERED).count();
    }

    /**
     * The two scores as bars; widths are in SVG user units of a bar area {@code barArea} wide.
     */
    public record Chart(int djangoWidth, int flaskWidth, int barArea, String accessibleName) {
    }

    /**
     * @param answerLabel    the label of the answer counted; null for a tie-break left unanswered
     * @param strength       the weight's strength in the model's vocabulary, such as "clear"
     * @param explanation    why that answer counts as it does; null without an answer
     * @param skippedBecause for a skipped question, the earlier answers that made it moot
     * @param compareUrl     null when the section no longer exists
     * @param articleUrl     null when the article no longer exists or is not published
     * @param editUrl        where an editor changes this question
     */
    public record ReasonView(String key, int number, String prompt, Reason.Status status, boolean tieBreak,
                             String answerLabel, Lean favours, int weight, String strength, String explanation,
                             String skippedBecause, String compareUrl, String compareTitle, String articleUrl,
                             String articleTitle, String editUrl, List<FlipView> flips) {

        public boolean skipped() {
            return status == Reason.Status.SKIPPED;
        }

        public boolean unanswered() {
            return status == Reason.Status.UNANSWERED;
        }
    }

    /**
     * "Answering No instead would make it Flask".
     *
     * @param tieBreakDecides the change would make a close call for the tie-break question to settle
     */
    public record FlipView(String answer, String answerLabel, Recommendation becomes, boolean tieBreakDecides) {
    }

    /** @param verdictId the stored verdict the preview changes one answer of */
    public record PreviewOf(String verdictId, String question, String answer, String prompt, String answerLabel) {
    }

    public record NotAskedView(String key, String prompt, String editUrl) {
    }

    public record ThirdOptionView(String framework, String heading, String text, List<SourceView> sources) {
    }

    public record NextStepsView(List<TutorialView> tutorials, List<PackageView> packages) {

        public boolean isEmpty() {
            return tutorials.isEmpty() && packages.isEmpty();
        }
    }

    public record TutorialView(String framework, String url) {
    }

    public record PackageView(String name, String url, String why) {
    }
}
