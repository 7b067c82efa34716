package com.frameworkfork.home;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.frameworkfork.article.MarkdownRenderer;
import com.frameworkfork.content.ContentVersion;
import com.frameworkfork.decision.questionnaire.Questionnaire;
import com.frameworkfork.decision.questionnaire.Questionnaires;
import com.frameworkfork.decision.scoring.Answer;
import com.frameworkfork.decision.scoring.AnswerWeight;
import com.frameworkfork.decision.scoring.Confidence;
import com.frameworkfork.decision.scoring.Lean;
import com.frameworkfork.decision.scoring.QuestionWeights;
import com.frameworkfork.decision.scoring.ScoringModel;
import com.frameworkfork.web.SitemapEntries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site's own pages for readers. Each page's HTML was rendered when it was written; it is split at
 * the weights marker once and kept under the content version it was read at, so a page written on
 * any instance shows everywhere once the version moves on. The weights table itself is made from the
 * published scoring model whenever a page is rendered.
 */
@Service
class SitePageService {

    private final SitePageRepository pages;
    private final ContentVersion contentVersion;
    private final Questionnaires questionnaires;
    /** The marker as the page's HTML holds it: the renderer shows raw HTML as text, in a paragraph of its own. */
    private final String renderedMarker;
    /** A plain map, not a cache library: a handful of pages, each replaced as soon as the version moves on. */
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    SitePageService(SitePageRepository pages, ContentVersion contentVersion, Questionnaires questionnaires,
                    MarkdownRenderer renderer) {
        this.pages = pages;
        this.contentVersion = contentVersion;
        this.questionnaires = questionnaires;
        this.renderedMarker = renderer.render(SitePages.WEIGHTS_MARKER).html().strip();
    }

    @Transactional(readOnly = true)
    public SitePageView page(String slug) {
        long version = contentVersion.current();
        Kept page = kept.get(slug);
        if (page == null || page.version() != version) {
            page = new Kept(version, pages.findBySlug(slug).map(this::view));
            kept.put(slug, page);
        }
        return page.view().orElseThrow(() -> new SitePageNotFoundException(slug));
    }

    /** The published model's weights, read afresh each time, so the table follows the model as it changes. */
    public WeightsTable weights() {
        Questionnaire questionnaire = questionnaires.current();
        ScoringModel model = questionnaire.model();
        List<WeightsTable.Question> questions = new ArrayList<>();
        for (QuestionWeights question : model.questions()) {
            Questionnaire.QuestionText text = questionnaire.question(question.key()).orElseThrow();
            List<WeightsTable.AnswerRow> answers = new ArrayList<>();
            for (Answer answer : Answer.values()) {
                AnswerWeight weight = question.weightOf(answer);
                answers.add(new WeightsTable.AnswerRow(text.labelOf(answer), favours(weight.favours()), weight.weight(),
                        strength(model, weight.weight()).words()));
            }
            questions.add(new WeightsTable.Question(text.prompt(), answers));
        }
        return new WeightsTable(model.version(), questions);
    }

    @Transactional(readOnly = true)
    public List<SitemapEntries.Entry> sitemapEntries() {
        return SitePages.SERVED.stream()
                .flatMap(slug -> pages.findBySlug(slug).stream())
                .map(page -> new SitemapEntries.Entry("/" + page.getSlug(), page.getUpdatedOn()))
                .toList();
    }

    private SitePageView view(SitePage page) {
        String html = page.getBodyHtml();
        int marker = html.indexOf(renderedMarker);
        String before = marker < 0 ? html : html.substring(0, marker);
        String after = marker < 0 ? null : html.substring(marker + renderedMarker.length());
        return new SitePageView(page.getSlug(), page.getTitle(), page.getSummary(), page.getUpdatedOn(), before, after);
    }

    /**
     * The page says one scale describes every answer and every verdict, so an answer's weight is read
     * against the model's own thresholds for a margin.
     */
    private static Confidence strength(ScoringModel model, int weight) {
        if (weight >= model.strongFrom()) {
            return Confidence.STRONG;
        }
        if (weight >= model.clearFrom()) {
            return Confidence.CLEAR;
        }
        return weight >= model.eitherBelow() ? Confidence.SLIGHT : Confidence.NONE;
    }

    private static String favours(Lean lean) {
        return lean == Lean.NEITHER ? "Neither" : lean.label();
    }

    private record Kept(long version, Optional<SitePageView> view) {
    }
}
