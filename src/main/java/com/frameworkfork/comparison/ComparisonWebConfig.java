package com.frameworkfork.comparison;

import java.util.stream.Stream;

import com.frameworkfork.web.SharedPage;
import com.frameworkfork.web.SitemapEntries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ComparisonWebConfig {

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
