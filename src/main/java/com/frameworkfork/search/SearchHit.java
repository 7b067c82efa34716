package com.frameworkfork.search;

import java.util.List;

/** One result: what and where it is, its address, its title and an excerpt with the matched words marked. */
public record SearchHit(String kind, String where, String path, List<Segment> title, List<Segment> snippet) {
}
