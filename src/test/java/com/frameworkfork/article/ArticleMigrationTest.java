package com.frameworkfork.article;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs every migration on an empty database, then checks the seeded content is what the site promises. */
@DataJpaTest
class ArticleMigrationTest {

    @Autowired
    private JdbcTemplate jdbc;


    @Test
    void seedsAtLeastSixPublishedArticlesOfSevenHundredToFifteenHundredWords() {
        MarkdownRenderer renderer = new MarkdownRenderer();
        List<String> bodies = jdbc.queryForList("SELECT body_markdown FROM article WHERE published = TRUE", String.class);

        assertThat(bodies).hasSizeGreaterThanOrEqualTo(6);
        assertThat(bodies).allSatisfy(body ->
                assertThat(renderer.render(body).readingMinutes()).isBetween(4, 8));
    }

    @Test
    void everyArticleCitesAtLeastOneSource() {
        Integer uncited = jdbc.queryForObject(
                "SELECT COUNT(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM article_source s WHERE s.article_id = a.id)",
                Integer.class);

        assertThat(uncited).isZero();
    }

    @Test
    void articleBodiesLeaveTheSourcesListToThePage() {
        Integer withOwnList = jdbc.queryForObject(
                "SELECT COUNT(*) FROM article WHERE body_markdown LIKE '%## Sources%'", Integer.class);
        Integer cutShort = jdbc.queryForObject(
                "SELECT COUNT(*) FROM article WHERE LENGTH(body_markdown) < 3000", Integer.class);

        assertThat(withOwnList).isZero();
        assertThat(cutShort).isZero();
    }
}
