package com.frameworkfork.decision.questionnaire;

import java.util.List;
import java.util.Optional;

import com.frameworkfork.article.ArticleLink;
import com.frameworkfork.article.ArticleService;
import com.frameworkfork.comparison.ComparisonService;
import com.frameworkfork.comparison.SectionLink;
import com.frameworkfork.content.ContentVersion;
import com.frameworkfork.content.PerContentVersion;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The articles and comparison sections questions link to, read from their features as they are now.
 * Links are kept as ids; the slug and title a link shows are looked up here when it is shown, so a
 * renamed article or section is linked under its new address and title at once. Every verdict page
 * needs them, and they change only with the content, so they are read once per content version.
 */
@Component
public class ContentLinks {

    private final PerContentVersion<Targets> targets;

    ContentLinks(ArticleService articles, ComparisonService comparisons, ContentVersion version,
                 PlatformTransactionManager transactions) {
        this.targets = new PerContentVersion<>(version, transactions,
                () -> new Targets(articles.links(), comparisons.sectionLinks()));
    }

    public Targets targets() {
        return targets.current();
    }

    /** Every link target, by id and by the name content files use. */
    public record Targets(List<ArticleLink> articles, List<SectionLink> sections) {

        public Targets {
            articles = List.copyOf(articles);
            sections = List.copyOf(sections);
        }

        public Optional<ArticleLink> article(Long id) {
            return articles.stream().filter(a -> id != null && a.id() == id).findFirst();
        }

        public Optional<SectionLink> section(Long id) {
            return sections.stream().filter(s -> id != null && s.id() == id).findFirst();
        }

        public Optional<ArticleLink> articleBySlug(String slug) {
            return articles.stream().filter(a -> a.slug().equals(slug)).findFirst();
        }

        public Optional<SectionLink> sectionByKey(String key) {
            return sections.stream().filter(s -> s.key().equals(key)).findFirst();
        }
    }
}
