package com.frameworkfork.admin;

import java.util.List;

import com.frameworkfork.article.ArticleReadership;
import com.frameworkfork.article.ArticleTotals;
import com.frameworkfork.comment.CommentTotals;
import com.frameworkfork.content.ContentReview;
import com.frameworkfork.decision.quiz.DecisionStatistics;
import com.frameworkfork.web.history.HistoryEntry;

record Dashboard(ArticleTotals articles, CommentTotals comments, DecisionStatistics decisions,
                        List<ArticleReadership> mostRead, List<ContentReview.HeldBack> heldBack,
                        BaseUrlWarning baseUrlWarning, Activity activity, List<HistoryEntry> recentActions) {

    /** Present when readers reach the site under a public name while its base URL still names localhost. */
    record BaseUrlWarning(String reachedAs, String baseUrl) {
    }
}
