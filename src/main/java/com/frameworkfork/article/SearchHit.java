package com.frameworkfork.article;

import java.util.List;

/** One article found by a search, with its title and a short excerpt split into highlighted and plain text. */
record SearchHit(ArticleSummary article, List<Segment> title, List<Segment> snippet) {
}
