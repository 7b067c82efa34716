package com.frameworkfork.support;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The site on a fresh database of the shared embedded PostgreSQL server: one application for every
 * class that extends this, with kept pages switched off so that every page request runs its queries
 * on PostgreSQL. Skipped, not failed, where PostgreSQL cannot run.
 */
@SiteTest
@TestPropertySource(properties = "site.page-cache.enabled=false")
public abstract class OnPostgres {

    private static String databaseUrl;

    @BeforeAll
    static void requirePostgres() {
        EmbeddedPostgres.assumeAvailable();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        databaseUrl = EmbeddedPostgres.newDatabase();
        registry.add("spring.datasource.url", () -> databaseUrl);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    /** The JDBC address of this application's database, for a second instance to share. */
    protected static String databaseUrl() {
        return databaseUrl;
    }
}
