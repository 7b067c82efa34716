package com.frameworkfork.search;

/** A piece of displayed text; {@code match} marks a word the reader searched for, shown highlighted. */
public record Segment(String text, boolean match) {
}
