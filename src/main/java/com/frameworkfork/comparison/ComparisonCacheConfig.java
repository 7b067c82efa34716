package com.frameworkfork.comparison;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * Comparison pages change only with a migration, so the assembled pages are cached (cache
 * {@value ComparisonService#CACHE}); Boot backs the cache with Caffeine.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class ComparisonCacheConfig {
}
