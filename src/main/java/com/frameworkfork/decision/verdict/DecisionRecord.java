package com.frameworkfork.decision.verdict;

import java.util.List;

import com.frameworkfork.decision.scoring.Lean;
import com.frameworkfork.decision.scoring.Recommendation;

/** Writes a verdict as a short architecture decision record in Markdown. */
final class DecisionRecord {

    private DecisionRecord() {
    }

    static String write(VerdictPage verdict, String baseUrl) {
        StringBuilder md = new StringBuilder();
        String decision = switch (verdict.recommendation()) {
            case DJANGO -> "Use Django";
            case FLASK -> "Use Flask";
            case EITHER -> "Either Django or Flask fits";
        };
        md.append("# ").append(decision).append(" for this project\n\n");
        md.append("- Status: proposed\n");
        md.append("- Date: ").append(verdict.decidedOn()).append('\n');
        md.append("- Verdict: ").append(verdict.shareUrl()).append('\n');
        md.append("- Scoring model: version ").append(verdict.modelVersion()).append(" of Framework Fork\n\n");

        md.append("## Context\n\n");
        md.append("We had to choose a Python web framework and answered six questions about the project:\n\n");
        md.append("| Question | Our answer |\n|---|---|\n");
        for (VerdictPage.ReasonView reason : verdict.reasons()) {
            md.append("| ").append(reason.prompt()).append(" | ").append(reason.answerLabel()).append(" |\n");
        }

        md.append("\n## Decision\n\n");
        String scores = "(Django " + verdict.djangoScore() + ", Flask " + verdict.flaskScore() + ")";
        md.append(switch (verdict.recommendation()) {
            case DJANGO -> "We will use Django: our answers show " + verdict.confidence() + " toward it " + scores + ".";
            case FLASK -> "We will use Flask: our answers show " + verdict.confidence() + " toward it " + scores + ".";
            case EITHER -> "Neither framework has a real edge for this project " + scores
                    + ", so we will pick the one the team knows better.";
        }).append('\n');
        if (verdict.fastApiWorthALook()) {
            md.append("\nBecause the project is an API and nothing else, FastAPI is a third option worth a look before we commit.\n");
        }

        md.append("\n## Reasons\n\n");
        for (VerdictPage.ReasonView reason : verdict.reasons()) {
            md.append("- **").append(reason.prompt()).append("** ").append(reason.answerLabel()).append(": ")
                    .append(favoursText(reason)).append(". ").append(reason.explanation()).append('\n');
        }

        md.append("\n## Consequences\n\n");
        for (String consequence : consequences(verdict.recommendation())) {
            md.append("- ").append(consequence).append('\n');
        }
        if (verdict.anythingWouldChange()) {
            md.append("\nWe should revisit this decision if one of these turns out differently:\n\n");
            for (VerdictPage.ReasonView reason : verdict.reasons()) {
                for (VerdictPage.FlipView flip : reason.flips()) {
                    md.append("- ").append(reason.prompt()).append(" If the answer were ").append(flip.answerLabel())
                            .append(", ").append(outcome(flip.becomes())).append(".\n");
                }
            }
        } else {
            md.append("\nNo single answer, changed on its own, would change this verdict.\n");
        }

        md.append("\n## Sources\n\n");
        md.append("- S1: \"Django vs Flask: Which Python Web Framework Should You Choose?\", a decision-advisor blog, June 2026 (the six questions).\n");
        if (verdict.fastApiWorthALook()) {
            md.append("- S5: \"Django vs Flask 2026\", Tech Insider, April 2026 (FastAPI for API-only projects).\n");
        }
        md.append("- Side-by-side comparison: ").append(baseUrl).append(VerdictService.COMPARE_PAGE).append('\n');
        verdict.reasons().stream().map(r -> "- " + r.articleTitle() + ": " + baseUrl + r.articleUrl())
                .distinct().forEach(line -> md.append(line).append('\n'));
        return md.toString();
    }

    private static String outcome(Recommendation recommendation) {
        return recommendation == Recommendation.EITHER ? "neither framework would have a real edge"
                : "the verdict would be " + recommendation.label();
    }

    private static String favoursText(VerdictPage.ReasonView reason) {
        return reason.favours() == Lean.NEITHER ? "favours neither"
                : "favours " + reason.favours().label() + " " + reason.strength() + " (weight " + reason.weight() + ")";
    }

    private static List<String> consequences(Recommendation recommendation) {
        return switch (recommendation) {
            case DJANGO -> List.of(
                    "We follow Django's layout and conventions, and in return get the admin, accounts, migrations and secure defaults without extra packages.",
                    "Parts of Django we do not use still come along; a first project takes a little more setting up than a one-file Flask app.");
            case FLASK -> List.of(
                    "We choose our own extensions for data, forms, accounts and migrations, and each one is a dependency we keep up to date.",
                    "Protections Django switches on for us, such as CSRF tokens, we add on purpose (for instance with Flask-WTF).");
            case EITHER -> List.of(
                    "The deciding question is whether we want to make the structural decisions ourselves (Flask) or have them made for us (Django).",
                    "Whichever we pick, moving later is possible; it is cheaper the earlier it happens.");
        };
    }
}
