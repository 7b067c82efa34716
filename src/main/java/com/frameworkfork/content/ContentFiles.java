package com.frameworkfork.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** A set of content files by their path under the content folder, such as {@code articles/x.md}. */
public final class ContentFiles {

    static final String CLASSPATH_FOLDER = "content/";

    private final Map<String, String> texts;

    public ContentFiles(Map<String, String> texts) {
        this.texts = new TreeMap<>(texts);
    }

    /** The files shipped with the site, under {@code src/main/resources/content/}. */
    public static ContentFiles shipped() {
        try {
            Map<String, String> texts = new TreeMap<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:" + CLASSPATH_FOLDER + "**/*")) {
                if (!resource.isReadable() || resource.getFilename() == null || !resource.getFilename().contains(".")) {
                    continue;
                }
                String url = resource.getURL().toString();
                String path = url.substring(url.lastIndexOf("/" + CLASSPATH_FOLDER) + CLASSPATH_FOLDER.length() + 1);
                texts.put(path, resource.getContentAsString(StandardCharsets.UTF_8));
            }
            return new ContentFiles(texts);
        } catch (IOException e) {
            throw new UncheckedIOException("The shipped content files could not be read", e);
        }
    }

    /** The files of an export, as the back office downloads them. */
    public static ContentFiles fromZip(byte[] zip) {
        Map<String, String> texts = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    texts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The content archive could not be read", e);
        }
        return new ContentFiles(texts);
    }

    public Optional<ContentFile> file(String path) {
        return Optional.ofNullable(texts.get(path)).map(text -> new ContentFile(path, text));
    }

    /** A file that must exist. */
    public ContentFile required(String path) {
        return file(path).orElseThrow(() -> new ContentFileException(path, 0, "the file is missing"));
    }

    /** Every file in a folder (not below it) whose name ends so, in path order. */
    public List<ContentFile> folder(String folder, String ending) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        return texts.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix) && e.getKey().endsWith(ending)
                        && e.getKey().indexOf('/', prefix.length()) < 0)
                .map(e -> new ContentFile(e.getKey(), e.getValue()))
                .toList();
    }

    public Map<String, String> texts() {
        return texts;
    }
}
