package com.frameworkfork.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.frameworkfork.content.ContentExporter;
import com.frameworkfork.content.ContentFile;
import com.frameworkfork.content.ContentFiles;
import com.frameworkfork.content.ContentKind;
import com.frameworkfork.content.ContentRecords;
import com.frameworkfork.content.ContentWriter;
import com.frameworkfork.source.Source;
import com.frameworkfork.source.SourceService;
import org.springframework.stereotype.Component;

/**
 * The articles in {@code articles/<slug>.md}. Editors could already change articles before the
 * importer kept revisions, so on the first import a seeded article is only brought up to the shipped
 * version if it still reads exactly as the old seeding migrations left it ({@link #SEEDED}); an
 * article an editor changed or wrote is kept, and the shipped version is offered to them instead.
 */
@Component
class ArticlesContent implements ContentKind, ContentExporter {

    static final String FOLDER = "articles";
    /** The hashes of the seeded articles as migrations V3 and V7 left them (ArticlesContentTest checks them). */
    static final String SEEDED = "/content-legacy/seeded-articles.txt";
    private static final String PUBLISHED = "published";
    private static final String DRAFT = "draft";
    /** In a file, the same as published: the article goes public at its time, which may be still to come. */
    private static final String SCHEDULED = "scheduled";

    private final ArticleRepository articles;
    private final CategoryRepository categories;
    private final SourceService sources;
    private final MarkdownRenderer renderer;
    private final ArticleRemoval removal;
    private final Clock clock;
    private final Map<String, String> seeded;

    ArticlesContent(ArticleRepository articles, CategoryRepository categories, SourceService sources,
                    MarkdownRenderer renderer, ArticleRemoval removal, Clock clock) {
        this.articles = articles;
        this.categories = categories;
        this.sources = sources;
        this.renderer = renderer;
        this.removal = removal;
        this.clock = clock;
        this.seeded = seededHashes();
    }

    @Override
    public String name() {
        return "article";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Map<String, Map<String, Object>> shipped(ContentFiles files) {
        Set<String> sourceCodes = sources.shippedCodes(files);
        Set<String> categorySlugs = files.required(CategoriesContent.FILE).yaml(CategoriesContent.CategoriesFile.class)
                .categories().stream().map(CategoriesContent.Entry::slug).collect(Collectors.toSet());
        Map<String, Map<String, Object>> records = new LinkedHashMap<>();
        for (ContentFile file : files.folder(FOLDER, ".md")) {
            String slug = file.path().substring(FOLDER.length() + 1, file.path().length() - ".md".length());
            FrontMatter front = file.frontMatter(FrontMatter.class);
            if (!Slugs.valid(slug)) {
                throw file.problem("", "the file name must be the article's slug: lowercase letters, digits and single hyphens");
            }
            requireText(file, "title", front.title(), 200);
            requireText(file, "summary", front.summary(), 400);
            if (front.category() == null || !categorySlugs.contains(front.category())) {
                throw file.problem("category:", "category must be one of " + new TreeSet<>(categorySlugs));
            }
            LocalDateTime publishAt = publishAt(front.published());
            if (publishAt == null) {
                throw file.problem(front.published() == null ? "title:" : "published:", "the front matter needs a "
                        + "published date (2026-06-03) or date and time with its offset (2026-06-03T09:30:00Z)");
            }
            String state = front.state() == null ? PUBLISHED : front.state();
            if (!state.equals(PUBLISHED) && !state.equals(SCHEDULED) && !state.equals(DRAFT)) {
                throw file.problem("state:", "state must be published, scheduled or draft");
            }
            List<String> cited = front.sources() == null ? List.of() : front.sources();
            if (cited.isEmpty()) {
                throw file.problem("sources:", "an article cites at least one source");
            }
            for (String code : cited) {
                if (!sourceCodes.contains(code)) {
                    throw file.problem("sources:", "no source has the code " + code + " (see sources.yml)");
                }
            }
            String body = normalise(file.body());
            if (body.isBlank() || body.length() > 200_000) {
                throw file.problem("---", "the article's Markdown must hold between 1 and 200,000 characters");
            }
            records.put(slug, record(front.title(), front.summary(), front.category(), publishAt,
                    state.equals(DRAFT) ? DRAFT : PUBLISHED, cited, body));
        }
        return records;
    }

    @Override
    public Map<String, Map<String, Object>> current() {
        Map<String, Map<String, Object>> records = new HashMap<>();
        for (Article article : articles.findAllWithDetailsBy()) {
            records.put(article.getSlug(), record(article));
        }
        return records;
    }

    @Override
    public void write(String key, Map<String, Object> fields) {
        Article article = articles.findBySlug(key).orElse(null);
        Category category = categories.findBySlug((String) fields.get("category")).orElseThrow();
        String body = (String) fields.get("body");
        LocalDateTime published = publishAt((String) fields.get("published"));
        boolean isPublished = PUBLISHED.equals(fields.get("state"));
        if (article == null) {
            article = new Article(key, (String) fields.get("title"), (String) fields.get("summary"), category, body,
                    published, isPublished);
        } else {
            article.setTitle((String) fields.get("title"));
            article.setSummary((String) fields.get("summary"));
            article.setCategory(category);
            article.setBodyMarkdown(body);
            article.setPublishAt(published);
            article.setPublished(isPublished);
        }
        @SuppressWarnings("unchecked")
        List<String> cited = (List<String>) fields.get("sources");
        article.setSources(sources.byCodes(cited));
        article.applyRendering(renderer.render(body));
        removal.slugTaken(key);
        articles.save(article);
    }

    /** An article something still links to stays; one that goes leaves its address answering 410. */
    @Override
    public boolean remove(String key) {
        Article article = articles.findBySlug(key).orElse(null);
        if (article == null) {
            return true;
        }
        if (!removal.placesLinkingTo(article.getId()).isEmpty()) {
            return false;
        }
        removal.delete(article);
        return true;
    }

    @Override
    public boolean untouchedSinceSeeding(String key, Map<String, Object> current) {
        return ContentRecords.hash(current).equals(seeded.get(key));
    }

    @Override
    public String describe(String key, Map<String, Object> fields) {
        return "the article " + fields.get("title");
    }

    /** A published article whose time is still to come is written as scheduled, which reads the same. */
    @Override
    public void export(ContentWriter files) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (Article article : articles.findAllWithDetailsBy()) {
            Map<String, Object> record = record(article);
            Map<String, Object> front = new LinkedHashMap<>();
            front.put("title", record.get("title"));
            front.put("summary", record.get("summary"));
            front.put("category", record.get("category"));
            front.put("published", record.get("published"));
            front.put("sources", record.get("sources"));
            front.put("state", article.stateAt(now) == ArticleState.SCHEDULED ? SCHEDULED : record.get("state"));
            files.markdown(FOLDER + "/" + article.getSlug() + ".md", front, (String) record.get("body"));
        }
    }

    static Map<String, Object> record(Article article) {
        List<String> cited = article.getSources().stream().map(Source::getCode).toList();
        return record(article.getTitle(), article.getSummary(), article.getCategory().getSlug(), article.getPublishAt(),
                article.isPublished() ? PUBLISHED : DRAFT, cited, normalise(article.getBodyMarkdown()));
    }

    /**
     * The state is published or draft only, never scheduled, and the time is written as a plain date
     * when it is midnight UTC: a record must not change as time passes, and the articles seeded before
     * times existed keep the hashes they were seeded with.
     */
    private static Map<String, Object> record(String title, String summary, String category, LocalDateTime published,
                                              String state, List<String> sources, String body) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("title", title);
        record.put("summary", summary);
        record.put("category", category);
        record.put("published", published.toLocalTime().equals(LocalTime.MIDNIGHT) ? published.toLocalDate().toString()
                : DateTimeFormatter.ISO_INSTANT.format(published.truncatedTo(ChronoUnit.SECONDS).toInstant(ZoneOffset.UTC)));
        record.put("state", state);
        record.put("sources", new ArrayList<>(new TreeSet<>(sources)));
        record.put("body", body);
        return record;
    }

    /** A date (midnight UTC) or a date and time with its offset, in UTC; null when it is neither. */
    private static LocalDateTime publishAt(String published) {
        if (published == null) {
            return null;
        }
        try {
            return LocalDate.parse(published).atStartOfDay();
        } catch (DateTimeParseException notADate) {
            try {
                return LocalDateTime.ofInstant(OffsetDateTime.parse(published).toInstant(), ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.SECONDS);
            } catch (DateTimeParseException notADateTime) {
                return null;
            }
        }
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

    private static Map<String, String> seededHashes() {
        try (InputStream in = ArticlesContent.class.getResourceAsStream(SEEDED)) {
            Map<String, String> hashes = new HashMap<>();
            if (in != null) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#"))
                        .map(line -> line.split(" ", 2))
                        .forEach(parts -> hashes.put(parts[0], parts[1]));
            }
            return hashes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code published} is text: a YAML date and a YAML timestamp both arrive as written. */
    record FrontMatter(String title, String summary, String category, String published, List<String> sources,
                       String state) {
    }
}
