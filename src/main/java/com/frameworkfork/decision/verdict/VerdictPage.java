package com.frameworkfork.decision.verdict;

import java.time.LocalDate;
import java.util.List;

import com.frameworkfork.decision.scoring.Lean;
import com.frameworkfork.decision.scoring.Recommendation;

/**
 * Everything the verdict page and its Markdown decision record show, prepared before rendering.
 *
 * @param shareUrl    the absolute address that shows this verdict to anyone
 * @param sameAnswers the split among other verdicts with exactly these answers, or null below the minimum
 */
record VerdictPage(String id, String shareUrl, Recommendation recommendation, String headline,
                          String confidence, String summary, String title, String description, int djangoScore,
                          int flaskScore, Chart chart, List<ReasonView> reasons, boolean fastApiWorthALook,
                          VerdictStats others, VerdictStats sameAnswers, int modelVersion, LocalDate decidedOn) {

    public boolean anythingWouldChange() {
        return reasons.stream().anyMatch(r -> !r.flips().isEmpty());
    }

    /**
     * The two scores as bars; widths are in SVG user units of a bar area {@code barArea} wide.
     */
    public record Chart(int djangoWidth, int flaskWidth, int barArea, String accessibleName) {
    }

    public record ReasonView(String key, int number, String prompt, String answerLabel, Lean favours, int weight,
                             String strength, String explanation, String compareUrl, String articleUrl,
                             String articleTitle, List<FlipView> flips) {
    }

    /** "Answering No instead would make it Flask". */
    public record FlipView(String answerLabel, Recommendation becomes) {
    }
}
