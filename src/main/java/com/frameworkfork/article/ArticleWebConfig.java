package com.frameworkfork.article;

import java.util.stream.Stream;

import com.frameworkfork.web.AdminScreen;
import com.frameworkfork.web.ReaderRequests;
import com.frameworkfork.web.ReaderWrite;
import com.frameworkfork.web.SharedPage;
import com.frameworkfork.web.SitemapEntries;
import com.frameworkfork.web.history.HistorySubject;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the article pages tell the site's infrastructure: which pages readers share, which posts they make. */
@Configuration(proxyBeanMethods = false)
class ArticleWebConfig {

    @Bean
    AdminScreen articlesScreen() {
        return new AdminScreen("/admin/articles/**", "/admin/articles", "Articles", "EDITOR", 20);
    }

    @Bean
    HistorySubject<Article> articleHistory(ArticleEditingService editing) {
        return HistorySubject.of("article", "Article", Article.class, "EDITOR", Article::getTitle)
                .editedAt(id -> "/admin/articles/" + id + "/edit")
                .restoredBy((id, version) -> editing.restore((Long) id, version))
                .field("bodyMarkdown", "Text")
                .field("publishAt", "Publication time (UTC)")
                .field("published", "Released (published, or scheduled while its time is to come)")
                .field("sources", "Sources cited");
    }

    @Bean
    HistorySubject<Category> categoryHistory() {
        return HistorySubject.of("category", "Category", Category.class, "EDITOR", Category::getName);
    }

    @Bean
    SharedPage articleList() {
        return SharedPage.of("/articles");
    }

    /** A kept article page still counts each reader's view. */
    @Bean
    SharedPage articlePage(ArticleService articles) {
        return new SharedPage("/articles/{slug}", (request, path) -> {
            if (ReaderRequests.countsAsView(request)) {
                articles.countView(path.get("slug"));
            }
        });
    }

    @Bean
    ReaderWrite hearts(HeartProperties hearts) {
        return new ReaderWrite("/articles/{slug}/hearts", hearts.perMinute(), true, false, true, "Back to the article");
    }

    @Bean
    SitemapEntries articlesInTheSitemap(ArticleService articles) {
        return () -> Stream.concat(Stream.of(SitemapEntries.Entry.of("/articles")),
                        articles.published().stream()
                                .map(a -> new SitemapEntries.Entry("/articles/" + a.slug(), a.publishedOn())))
                .toList();
    }
}
