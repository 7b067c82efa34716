package com.frameworkfork.comment;

import java.util.List;

import com.frameworkfork.web.Pagination;

/** One page of the moderation queue, with what its filters offer and how many comments wait. */
record CommentQueue(CommentQuery query, List<ModeratedComment> comments, Pagination pages,
                    List<CommentedArticle> articles, long held) {

    public CommentState[] states() {
        return CommentState.values();
    }

    /** The page that asks before deleting this comment, and comes back to this page of the queue. */
    public String deleteHref(long id) {
        return query.hrefAt("/admin/comments/" + id + "/delete");
    }
}
