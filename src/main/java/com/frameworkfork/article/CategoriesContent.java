package com.frameworkfork.article;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.frameworkfork.content.ContentExporter;
import com.frameworkfork.content.ContentFile;
import com.frameworkfork.content.ContentFiles;
import com.frameworkfork.content.ContentKind;
import com.frameworkfork.content.ContentWriter;
import org.springframework.stereotype.Component;

/** The article categories in {@code categories.yml}, in the order the article list shows them. */
@Component
class CategoriesContent implements ContentKind, ContentExporter {

    static final String FILE = "categories.yml";

    private final CategoryRepository categories;
    private final ArticleRepository articles;

    CategoriesContent(CategoryRepository categories, ArticleRepository articles) {
        this.categories = categories;
        this.articles = articles;
    }

    @Override
    public String name() {
        return "category";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Map<String, Map<String, Object>> shipped(ContentFiles files) {
        ContentFile file = files.required(FILE);
        Map<String, Map<String, Object>> records = new LinkedHashMap<>();
        List<Entry> entries = file.yaml(CategoriesFile.class).categories();
        for (int i = 0; entries != null && i < entries.size(); i++) {
            Entry entry = entries.get(i);
            String where = "slug: " + entry.slug();
            if (!Slugs.valid(entry.slug())) {
                throw file.problem(where, "a category needs a slug of lowercase letters, digits and single hyphens");
            }
            if (blank(entry.name()) || blank(entry.description())) {
                throw file.problem(where, "category " + entry.slug() + " needs a name and a description");
            }
            if (records.put(entry.slug(), record(entry.slug(), entry.name(), entry.description(), i + 1)) != null) {
                throw file.problem(where, "two categories use the slug " + entry.slug());
            }
        }
        return records;
    }

    @Override
    public Map<String, Map<String, Object>> current() {
        Map<String, Map<String, Object>> records = new HashMap<>();
        categories.findAll().forEach(c -> records.put(c.getSlug(),
                record(c.getSlug(), c.getName(), c.getDescription(), c.getPosition())));
        return records;
    }

    @Override
    public void write(String key, Map<String, Object> fields) {
        Category category = categories.findBySlug(key).orElseGet(() -> new Category(key));
        category.change((String) fields.get("name"), (String) fields.get("description"), (Integer) fields.get("position"));
        categories.save(category);
    }

    @Override
    public boolean remove(String key) {
        Category category = categories.findBySlug(key).orElse(null);
        if (category == null) {
            return true;
        }
        if (articles.existsByCategory(category)) {
            return false;
        }
        categories.delete(category);
        return true;
    }

    @Override
    public void export(ContentWriter files) {
        List<Map<String, Object>> all = categories.findAllByOrderByPositionAsc().stream()
                .map(c -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("slug", c.getSlug());
                    entry.put("name", c.getName());
                    entry.put("description", c.getDescription());
                    return entry;
                })
                .toList();
        files.yaml(FILE, "Article categories, in the order the article list shows them.", Map.of("categories", all));
    }

    private static Map<String, Object> record(String slug, String name, String description, int position) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("slug", slug);
        record.put("name", name);
        record.put("description", description);
        record.put("position", position);
        return record;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    record CategoriesFile(List<Entry> categories) {
    }

    record Entry(String slug, String name, String description) {
    }
}
