package com.frameworkfork.admin;

import java.util.List;

import com.frameworkfork.article.ArticleReadership;
import com.frameworkfork.article.ArticleTotals;
import com.frameworkfork.comment.CommentTotals;
import com.frameworkfork.content.ContentReview;
import com.frameworkfork.decision.quiz.DecisionStatistics;

record Dashboard(ArticleTotals articles, CommentTotals comments, DecisionStatistics decisions,
                        List<ArticleReadership> mostRead, List<ContentReview.HeldBack> heldBack) {
}
