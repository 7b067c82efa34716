package com.frameworkfork.article;

import java.nio.file.Path;

import com.frameworkfork.FrameworkForkApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Views are counted in memory between flushes; a graceful stop writes the last of them. */
class ViewsSurviveRestartTest {

    private static final String SLUG = "moving-between-django-and-flask";

    private static ConfigurableApplicationContext start(Path folder) {
        return new SpringApplicationBuilder(FrameworkForkApplication.class).run(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--site.views.flush-interval=1h",
                "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("site").toAbsolutePath());
    }

    @Test
    void viewsCountedJustBeforeAStopAreThereAfterTheRestart(@TempDir Path folder) {
        long before;
        try (ConfigurableApplicationContext site = start(folder)) {
            before = site.getBean(JdbcTemplate.class).queryForObject(
                    "SELECT view_count FROM article WHERE slug = ?", Long.class, SLUG);
            ArticleService articles = site.getBean(ArticleService.class);
            for (int i = 0; i < 25; i++) {
                articles.read(SLUG, true);
            }
        }

        try (ConfigurableApplicationContext restarted = start(folder)) {
            long after = restarted.getBean(JdbcTemplate.class).queryForObject(
                    "SELECT view_count FROM article WHERE slug = ?", Long.class, SLUG);
            assertThat(after).isEqualTo(before + 25);
        }
    }
}
