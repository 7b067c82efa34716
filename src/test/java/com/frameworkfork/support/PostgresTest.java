package com.frameworkfork.support;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a Spring test context at a fresh database on the shared embedded PostgreSQL server.
 * Test classes call {@link EmbeddedPostgres#assumeAvailable()} in a {@code @BeforeAll} method first,
 * so that they are skipped, not failed, where PostgreSQL cannot run.
 */
public final class PostgresTest {

    private PostgresTest() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        String url = EmbeddedPostgres.newDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }
}
