package com.frameworkfork.article;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.frameworkfork.content.ContentRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The importer may bring a seeded article up to the shipped version only if it still reads as the
 * seeding migrations left it; it knows that by the hashes in {@code content-legacy/seeded-articles.txt}.
 * Here the migrations run on an empty database with no import, and the hashes must match.
 */
@SpringBootTest(properties = "site.content.import-on-start=false")
class SeededArticlesTest {

    @Autowired
    ArticlesContent articles;

    @Test
    void theSeededArticlesAreRecognisedByTheirHashes() throws Exception {
        Map<String, String> actual = articles.current().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> ContentRecords.hash(e.getValue()), (a, b) -> a, TreeMap::new));
        String expected = actual.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining("\n", "# slug sha256 of the seeded article as migrations V3 and V7 left it\n", "\n"));

        String file = new ClassPathResource(ArticlesContent.SEEDED.substring(1)).getContentAsString(StandardCharsets.UTF_8);

        assertThat(actual).hasSize(7);
        assertThat(file).as("content-legacy/seeded-articles.txt").isEqualTo(expected);
        actual.forEach((slug, hash) -> assertThat(articles.untouchedSinceSeeding(slug, articles.current().get(slug))).isTrue());
    }
}
