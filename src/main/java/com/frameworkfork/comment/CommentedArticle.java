package com.frameworkfork.comment;

/** An article with comments, as the moderation queue's filter offers it. */
record CommentedArticle(String slug, String title) {
}
