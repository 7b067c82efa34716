package com.frameworkfork.comparison;

import java.util.stream.Stream;

import com.frameworkfork.web.AdminScreen;
import com.frameworkfork.web.SharedPage;
import com.frameworkfork.web.SitemapEntries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ComparisonWebConfig {

    @Bean
    AdminScreen frameworksScreen() {
        return new AdminScreen("/admin/frameworks/**", "/admin/frameworks", "Frameworks", "EDITOR", 40);
    }

    @Bean
    AdminScreen comparisonsScreen() {
        return new AdminScreen("/admin/comparisons/**", "/admin/comparisons", "Comparisons", "EDITOR", 45);
    }

    @Bean
    SharedPage comparisonList() {
        return SharedPage.of("/compare");
    }

    @Bean
    SharedPage comparisonPage() {
        return SharedPage.of("/compare/{slug}");
    }

    @Bean
    SitemapEntries comparisonsInTheSitemap(ComparisonService comparisons) {
        return () -> Stream.concat(Stream.of(SitemapEntries.Entry.of("/compare")),
                comparisons.list().stream().map(c -> SitemapEntries.Entry.of("/compare/" + c.slug()))).toList();
    }
}
