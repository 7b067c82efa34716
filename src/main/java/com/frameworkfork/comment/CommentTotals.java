package com.frameworkfork.comment;

public record CommentTotals(long all, long hidden) {

    public long visible() {
        return all - hidden;
    }
}
