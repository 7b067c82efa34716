package com.frameworkfork.content;

import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** Collects exported content files by path, written in the format the importer reads. */
public final class ContentWriter {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(
                    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
            .build();

    private final Map<String, String> files = new TreeMap<>();

    /** A YAML file: a comment line saying what it holds, then the document. */
    public void yaml(String path, String comment, Object document) {
        files.put(path, "# " + comment + "\n" + YAML.writeValueAsString(document));
    }

    /** A Markdown file with YAML front matter. */
    public void markdown(String path, Map<String, Object> frontMatter, String body) {
        files.put(path, "---\n" + YAML.writeValueAsString(frontMatter) + "---\n" + body);
    }

    Map<String, String> files() {
        return files;
    }
}
