package com.frameworkfork.admin;

import java.util.List;

import com.frameworkfork.article.ArticleReadership;
import com.frameworkfork.article.ArticleTotals;
import com.frameworkfork.comment.CommentTotals;

public record Dashboard(ArticleTotals articles, CommentTotals comments, List<ArticleReadership> mostRead) {
}
