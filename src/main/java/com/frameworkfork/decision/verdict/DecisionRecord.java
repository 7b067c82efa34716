package com.frameworkfork.decision.verdict;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.frameworkfork.decision.scoring.Lean;
import com.frameworkfork.decision.scoring.Recommendation;
import com.frameworkfork.source.SourceView;

/**
 * Writes a verdict as a short architecture decision record in Markdown. Everything in it comes from
 * the verdict and its model version: the reasons, the third options and the sources they cite, the
 * next steps, and the pages the reasons link to.
 */
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
        md.append("We had to choose a Python web framework and answered ").append(verdict.answered())
                .append(" questions about the project:\n\n");
        md.append("| Question | Our answer |\n|---|---|\n");
        for (VerdictPage.ReasonView reason : verdict.reasons()) {
            md.append("| ").append(cell(reason.prompt())).append(" | ").append(cell(answerText(reason))).append(" |\n");
        }

        md.append("\n## Decision\n\n");
        String scores = "(Django " + verdict.djangoScore() + ", Flask " + verdict.flaskScore() + ")";
        md.append(switch (verdict.recommendation()) {
            case DJANGO -> "We will use Django: our answers show " + verdict.lean() + " toward it " + scores + ".";
            case FLASK -> "We will use Flask: our answers show " + verdict.lean() + " toward it " + scores + ".";
            case EITHER -> "Neither framework has a real edge for this project " + scores
                    + ", so we will pick the one the team knows better.";
        }).append('\n');
        for (VerdictPage.ThirdOptionView option : verdict.thirdOptions()) {
            md.append("\n**").append(option.heading()).append(".** ").append(option.text()).append(' ')
                    .append(citations(option.sources())).append('\n');
        }

        md.append("\n## Reasons\n\n");
        for (VerdictPage.ReasonView reason : verdict.reasons()) {
            md.append("- **").append(reason.prompt()).append("** ").append(answerText(reason)).append(": ")
                    .append(favoursText(reason)).append('.');
            if (reason.explanation() != null) {
                md.append(' ').append(reason.explanation());
            }
            md.append('\n');
        }

        if (!verdict.nextSteps().isEmpty()) {
            md.append("\n## Next steps\n\n");
            for (VerdictPage.TutorialView tutorial : verdict.nextSteps().tutorials()) {
                md.append("- Start with the official ").append(tutorial.framework()).append(" tutorial: ")
                        .append(tutorial.url()).append('\n');
            }
            for (VerdictPage.PackageView step : verdict.nextSteps().packages()) {
                md.append("- Add ").append(step.name()).append(" (").append(step.url()).append("): ")
                        .append(step.why()).append('\n');
            }
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
                            .append(", ").append(outcome(flip)).append(".\n");
                }
            }
        } else {
            md.append("\nNo single answer, changed on its own, would change this verdict.\n");
        }

        md.append("\n## Sources\n\n");
        Map<String, SourceView> cited = new LinkedHashMap<>();
        verdict.thirdOptions().forEach(o -> o.sources().forEach(s -> cited.putIfAbsent(s.code(), s)));
        for (SourceView source : cited.values()) {
            md.append("- ").append(source.label()).append(": \"").append(source.title()).append("\", ")
                    .append(source.publisher());
            if (source.date() != null) {
                md.append(", ").append(source.date());
            }
            if (source.url() != null) {
                md.append(", ").append(source.url());
            }
            md.append('\n');
        }
        Set<String> pages = new LinkedHashSet<>();
        for (VerdictPage.ReasonView reason : verdict.reasons()) {
            if (reason.compareUrl() != null) {
                pages.add("- Side by side, " + reason.compareTitle() + ": " + baseUrl + reason.compareUrl());
            }
            if (reason.articleUrl() != null) {
                pages.add("- " + reason.articleTitle() + ": " + baseUrl + reason.articleUrl());
            }
        }
        pages.forEach(line -> md.append(line).append('\n'));
        return md.toString();
    }

    private static String answerText(VerdictPage.ReasonView reason) {
        if (reason.unanswered()) {
            return "not answered";
        }
        return reason.skipped() ? reason.answerLabel() + " (not asked: " + reason.skippedBecause() + ")"
                : reason.answerLabel();
    }

    private static String citations(List<SourceView> sources) {
        return "(" + String.join("; ", sources.stream().map(SourceView::citation).toList()) + ")";
    }

    /** A table cell must not break the table. */
    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static String outcome(VerdictPage.FlipView flip) {
        if (flip.tieBreakDecides()) {
            return "the call would be close enough for the tie-break question to settle it";
        }
        return flip.becomes() == Recommendation.EITHER ? "neither framework would have a real edge"
                : "the verdict would be " + flip.becomes().label();
    }

    private static String favoursText(VerdictPage.ReasonView reason) {
        return reason.favours() == Lean.NEITHER ? "favours neither"
                : "favours " + reason.favours().label() + ", " + reason.strength() + " (weight " + reason.weight() + ")";
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
