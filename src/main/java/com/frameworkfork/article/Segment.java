package com.frameworkfork.article;

/** A piece of displayed text; {@code match} marks a piece the reader searched for, shown highlighted. */
record Segment(String text, boolean match) {
}
