package com.frameworkfork.comparison;

/** What the list of comparisons shows about each one. */
record ComparisonSummary(String slug, String title, String summary, String versionsLine) {
}
