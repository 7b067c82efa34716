package com.frameworkfork.content;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One content file: its path under the content folder and its text, read as YAML, or as Markdown
 * with YAML front matter. Every problem is reported with the file's path and, where it can be found,
 * the line.
 */
public record ContentFile(String path, String text) {

    private static final String FRONT_MATTER_FENCE = "---";

    /** Keys are written in kebab case ({@code published-label}), as the format describes them. */
    static final ObjectMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** The whole file, bound to a record; unknown or missing fields are errors with their line. */
    public <T> T yaml(Class<T> type) {
        return bind(text, type, 0);
    }

    /** The YAML front matter of a Markdown file, bound to a record. */
    public <T> T frontMatter(Class<T> type) {
        int end = frontMatterEnd();
        return bind(text.substring(FRONT_MATTER_FENCE.length(), end), type, 1);
    }

    /** The Markdown after the front matter. */
    public String body() {
        int end = frontMatterEnd();
        int bodyStart = text.indexOf('\n', end + 1);
        return bodyStart < 0 ? "" : text.substring(bodyStart + 1);
    }

    /** The first line (1-based) containing this text, to point an error at the record it is about; 0 if none. */
    public int lineOf(String needle) {
        int at = text.indexOf(needle);
        return at < 0 ? 0 : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    public ContentFileException problem(String needle, String message) {
        return new ContentFileException(path, lineOf(needle), message);
    }

    /**
     * Front matter is cut out here and read by the same YAML reader as every other content file,
     * rather than by Markdown's front-matter extension, which knows only a small subset of YAML.
     */
    private int frontMatterEnd() {
        if (!text.startsWith(FRONT_MATTER_FENCE + "\n")) {
            throw new ContentFileException(path, 1, "a Markdown content file must start with front matter between --- lines");
        }
        int end = text.indexOf("\n" + FRONT_MATTER_FENCE + "\n", FRONT_MATTER_FENCE.length());
        if (end < 0) {
            throw new ContentFileException(path, 1, "the front matter has no closing --- line");
        }
        return end + 1;
    }

    private <T> T bind(String yaml, Class<T> type, int firstLine) {
        try {
            T bound = YAML.readValue(yaml, type);
            if (bound == null) {
                throw new ContentFileException(path, 1, "the file is empty");
            }
            return bound;
        } catch (JacksonException invalid) {
            TokenStreamLocation at = invalid.getLocation();
            int line = at == null || at.getLineNr() < 1 ? 0 : at.getLineNr() + firstLine;
            throw new ContentFileException(path, line, invalid.getOriginalMessage());
        }
    }
}
