package com.frameworkfork.comment;

/** A refused comment handed back to its form exactly as typed, with a message per faulty field. */
record CommentDraft(String name, String body, String nameError, String bodyError) {
}
