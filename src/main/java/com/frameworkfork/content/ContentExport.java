package com.frameworkfork.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** All current content as the content files, in one zip, so editors' work can go back into the repository. */
@Service
public class ContentExport {

    private final List<ContentExporter> exporters;

    ContentExport(List<ContentExporter> exporters) {
        this.exporters = exporters;
    }

    @Transactional(readOnly = true)
    public Map<String, String> files() {
        ContentWriter writer = new ContentWriter();
        exporters.forEach(exporter -> exporter.export(writer));
        return writer.files();
    }

    /** The files with their paths under the content folder, to unpack into {@code src/main/resources/content/}. */
    public byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : files().entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
