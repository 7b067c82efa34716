package com.frameworkfork.web.history;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

/** The changed lines of a long text with a line of context around each change, as in a unified diff. */
final class TextDiff {

    static final int CONTEXT_LINES = 1;

    private TextDiff() {
    }

    /** A line of the difference: {@code added}, {@code removed}, {@code same}, or {@code gap} for the unchanged lines left out. */
    record Line(String kind, String text) {
    }

    static List<Line> between(String before, String after) {
        List<String> old = lines(before);
        List<String> now = lines(after);
        Patch<String> patch = DiffUtils.diff(old, now);
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff("before", "after", old, patch, CONTEXT_LINES);
        List<Line> shown = new ArrayList<>();
        // The first two lines name the two versions; each hunk starts with its line numbers.
        for (String line : unified.subList(Math.min(2, unified.size()), unified.size())) {
            if (line.startsWith("@@")) {
                shown.add(new Line("gap", line.replaceAll("@@ -(\\d+).*", "from line $1")));
            } else if (line.startsWith("+")) {
                shown.add(new Line("added", line.substring(1)));
            } else if (line.startsWith("-")) {
                shown.add(new Line("removed", line.substring(1)));
            } else {
                shown.add(new Line("same", line.isEmpty() ? line : line.substring(1)));
            }
        }
        return shown;
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\r?\n", -1));
    }
}
