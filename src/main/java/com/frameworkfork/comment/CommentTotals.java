package com.frameworkfork.comment;

public record CommentTotals(long all, long hidden, long held) {

    /** The comments readers see. */
    public long visible() {
        return all - hidden - held;
    }
}
