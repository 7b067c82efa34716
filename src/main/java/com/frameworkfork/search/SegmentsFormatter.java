package com.frameworkfork.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into segments of plain and matched text, so templates print them
 * escaped and wrap only the matched words in {@code <mark>}, never trusting the text as HTML.
 */
class SegmentsFormatter extends PassageFormatter {

    private static final String ELLIPSIS = "… ";

    @Override
    public Object format(Passage[] passages, String content) {
        List<Segment> segments = new ArrayList<>();
        int previousEnd = -1;
        for (Passage passage : passages) {
            if (passage.getStartOffset() > 0 && passage.getStartOffset() != previousEnd) {
                segments.add(new Segment(ELLIPSIS, false));
            }
            int at = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = passage.getMatchStarts()[i];
                int end = passage.getMatchEnds()[i];
                if (start < at) {
                    continue;
                }
                if (start > at) {
                    segments.add(new Segment(content.substring(at, start), false));
                }
                segments.add(new Segment(content.substring(start, end), true));
                at = end;
            }
            if (at < passage.getEndOffset()) {
                segments.add(new Segment(content.substring(at, passage.getEndOffset()), false));
            }
            previousEnd = passage.getEndOffset();
        }
        if (previousEnd >= 0 && previousEnd < content.length()) {
            segments.add(new Segment(" …", false));
        }
        return segments;
    }
}
