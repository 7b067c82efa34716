package com.frameworkfork.home;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.frameworkfork.article.MarkdownRenderer;
import com.frameworkfork.content.ContentExporter;
import com.frameworkfork.content.ContentFile;
import com.frameworkfork.content.ContentFileException;
import com.frameworkfork.content.ContentFiles;
import com.frameworkfork.content.ContentKind;
import com.frameworkfork.content.ContentWriter;
import org.springframework.stereotype.Component;

/** The site's own pages in {@code pages/<slug>.md}, rendered from Markdown once, when they are written. */
@Component
class SitePagesContent implements ContentKind, ContentExporter {

    static final String FOLDER = "pages";
    private static final String MD = ".md";

    private final SitePageRepository pages;
    private final MarkdownRenderer renderer;

    SitePagesContent(SitePageRepository pages, MarkdownRenderer renderer) {
        this.pages = pages;
        this.renderer = renderer;
    }

    @Override
    public String name() {
        return "page";
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public Map<String, Map<String, Object>> shipped(ContentFiles files) {
        Map<String, Map<String, Object>> records = new LinkedHashMap<>();
        for (ContentFile file : files.folder(FOLDER, MD)) {
            String slug = file.path().substring(FOLDER.length() + 1, file.path().length() - MD.length());
            if (!SitePages.SERVED.contains(slug)) {
                throw file.problem("", "no address serves a page called " + slug + "; the site serves "
                        + String.join(", ", SitePages.SERVED.stream().map(s -> FOLDER + "/" + s + MD).toList()));
            }
            FrontMatter front = file.frontMatter(FrontMatter.class);
            requireText(file, "title", front.title(), 200);
            requireText(file, "summary", front.summary(), 400);
            if (front.updated() == null) {
                throw file.problem("title:", "the front matter needs the date the page was last updated (updated: YYYY-MM-DD)");
            }
            String body = normalise(file.body());
            if (body.isBlank() || body.length() > 200_000) {
                throw file.problem("---", "the page's Markdown must hold between 1 and 200,000 characters");
            }
            if (body.contains(SitePages.WEIGHTS_MARKER) && body.lines().noneMatch(SitePages.WEIGHTS_MARKER::equals)) {
                throw file.problem(SitePages.WEIGHTS_MARKER, "put " + SitePages.WEIGHTS_MARKER
                        + " on a line of its own, where the weights table goes");
            }
            records.put(slug, record(front.title(), front.summary(), front.updated(), body));
        }
        return records;
    }

    @Override
    public Map<String, Map<String, Object>> current() {
        Map<String, Map<String, Object>> records = new HashMap<>();
        pages.findAll().forEach(page -> records.put(page.getSlug(), record(page)));
        return records;
    }

    @Override
    public void write(String key, Map<String, Object> fields) {
        String body = (String) fields.get("body");
        String html = renderer.render(body).html();
        if (html.length() > SitePage.BODY_HTML_LIMIT) {
            throw new ContentFileException(FOLDER + "/" + key + MD, 0, "as a web page this text comes to "
                    + html.length() + " characters, more than the " + SitePage.BODY_HTML_LIMIT + " a page can hold");
        }
        SitePage page = pages.findBySlug(key).orElseGet(() -> new SitePage(key));
        page.change((String) fields.get("title"), (String) fields.get("summary"),
                LocalDate.parse((String) fields.get("updated")), body, html);
        pages.save(page);
    }

    @Override
    public boolean remove(String key) {
        pages.findBySlug(key).ifPresent(pages::delete);
        return true;
    }

    @Override
    public String describe(String key, Map<String, Object> fields) {
        return "the page " + fields.get("title");
    }

    @Override
    public void export(ContentWriter files) {
        for (SitePage page : pages.findAll()) {
            Map<String, Object> record = record(page);
            Map<String, Object> front = new LinkedHashMap<>();
            front.put("title", record.get("title"));
            front.put("summary", record.get("summary"));
            front.put("updated", record.get("updated"));
            files.markdown(FOLDER + "/" + page.getSlug() + MD, front, (String) record.get("body"));
        }
    }

    private static Map<String, Object> record(SitePage page) {
        return record(page.getTitle(), page.getSummary(), page.getUpdatedOn(), normalise(page.getBodyMarkdown()));
    }

    private static Map<String, Object> record(String title, String summary, LocalDate updated, String body) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("title", title);
        record.put("summary", summary);
        record.put("updated", updated.toString());
        record.put("body", body);
        return record;
    }

    /** Line endings and trailing white space are not content: a file and the database may differ in them. */
    private static String normalise(String markdown) {
        return markdown == null ? "" : markdown.replace("\r\n", "\n").stripTrailing() + "\n";
    }

    private static void requireText(ContentFile file, String field, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw file.problem(field + ":", "the front matter needs a " + field + " of 1 to " + max + " characters");
        }
    }

    record FrontMatter(String title, String summary, LocalDate updated) {
    }
}
