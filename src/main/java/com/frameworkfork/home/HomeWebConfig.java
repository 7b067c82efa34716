package com.frameworkfork.home;

import java.util.List;

import com.frameworkfork.web.SharedPage;
import com.frameworkfork.web.SitemapEntries;
import com.frameworkfork.web.history.HistorySubject;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

@Configuration(proxyBeanMethods = false)
class HomeWebConfig {

    @Bean
    SharedPage homePage() {
        return SharedPage.of("/");
    }

    @Bean
    SitemapEntries homeInTheSitemap() {
        return () -> List.of(SitemapEntries.Entry.of("/"));
    }

    @Bean
    SharedPage aboutPage() {
        return SharedPage.of("/about");
    }

    @Bean
    SharedPage privacyPage() {
        return SharedPage.of("/privacy");
    }

    /** Read only: the pages change through their content files, so there is no edit screen to restore through. */
    @Bean
    HistorySubject<SitePage> sitePageHistory() {
        return HistorySubject.of("page", "Site page", SitePage.class, "EDITOR", SitePage::getTitle)
                .field("bodyMarkdown", "Text")
                .field("updatedOn", "Updated");
    }

    @Bean
    SitemapEntries sitePagesInTheSitemap(SitePageService pages) {
        return pages::sitemapEntries;
    }

    /** XML documents (the sitemap) are Thymeleaf templates too, named with their .xml ending. */
    @Bean
    SpringResourceTemplateResolver xmlTemplates(ApplicationContext context) {
        SpringResourceTemplateResolver resolver = new SpringResourceTemplateResolver();
        resolver.setApplicationContext(context);
        resolver.setPrefix("classpath:/templates/");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.getResolvablePatternSpec().addPattern("*.xml");
        resolver.setCheckExistence(true);
        resolver.setOrder(0);
        return resolver;
    }
}
