package com.frameworkfork.decision.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.frameworkfork.decision.scoring.Answer;
import com.frameworkfork.decision.scoring.QuestionWeights;
import com.frameworkfork.decision.scoring.Recommendation;
import com.frameworkfork.decision.scoring.Scorer;
import com.frameworkfork.decision.scoring.ScoringModel;

/**
 * What publishing a draft would change: every set of answers a reader can give the draft, scored
 * with the draft and with the published model, and those whose recommendation differs. A question
 * the published model asks and the draft does not counts as "not sure" there, since the reader
 * said nothing about it; one the published model skips or does not need is left out, as it would be.
 *
 * @param combinations how many sets of answers were compared
 */
public record ImpactPreview(int draftVersion, int publishedVersion, int combinations, List<Change> changes) {

    public ImpactPreview {
        changes = List.copyOf(changes);
    }

    /** @param answers the reader's answers, "api: yes", in the draft's question order; a tie-break left open is absent */
    public record Change(List<String> answers, Recommendation published, Recommendation draft) {
    }

    static ImpactPreview of(ScoringModel draft, ScoringModel published) {
        List<Map<String, Answer>> sets = Scorer.everyAnswerSet(draft);
        List<Change> changes = new ArrayList<>();
        for (Map<String, Answer> answers : sets) {
            Recommendation now = Scorer.verdict(published, asPublished(published, answers));
            Recommendation then = Scorer.verdict(draft, answers);
            if (now != then) {
                changes.add(new Change(answers.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().value())
                        .toList(), now, then));
            }
        }
        return new ImpactPreview(draft.version(), published.version(), sets.size(), changes);
    }

    private static Map<String, Answer> asPublished(ScoringModel published, Map<String, Answer> answers) {
        Map<String, Answer> given = new LinkedHashMap<>();
        for (QuestionWeights question : published.questions()) {
            Answer answer = answers.get(question.key());
            if (answer != null) {
                given.put(question.key(), answer);
            } else if (!question.tieBreak()) {
                given.put(question.key(), Answer.UNSURE);
            }
        }
        Map<String, Answer> applying = Scorer.applying(published, given);
        // What the published model skips counts as its recorded answer, whatever the draft asked.
        return Scorer.validate(published, applying).isEmpty() ? applying : withoutContradictions(published, applying);
    }

    /** A later answer that the published model refuses alongside an earlier one counts as not sure. */
    private static Map<String, Answer> withoutContradictions(ScoringModel published, Map<String, Answer> answers) {
        Map<String, Answer> fixed = new LinkedHashMap<>(answers);
        Scorer.validate(published, answers).forEach(problem -> fixed.put(problem.question(), Answer.UNSURE));
        return Scorer.applying(published, fixed);
    }
}
