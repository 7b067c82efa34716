package com.frameworkfork.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The situation after a save under load: every pool connection is held by a request in a transaction
 * that asks for something read once per content version, while another request, outside any
 * transaction, asked first and is waiting for a connection. What they ask for must be read by one
 * of them with a connection in hand; if the one outside started the read and then waited for a
 * connection, the others would wait for it, holding theirs, until the pool gave up (30 s).
 */
public final class ConnectionStarvation {

    private ConnectionStarvation() {
    }

    public static void assertNoStall(DataSource dataSource, PlatformTransactionManager transactions,
                                     Runnable outsideATransaction, Runnable inATransaction) throws Exception {
        HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        int poolSize = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        CountDownLatch ask = new CountDownLatch(1);
        ExecutorService requests = Executors.newFixedThreadPool(poolSize + 1);
        try {
            List<CompletableFuture<Void>> inside = new ArrayList<>();
            for (int i = 0; i < poolSize; i++) {
                inside.add(CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
                    await(ask);
                    inATransaction.run();
                }), requests));
            }
            waitUntil(() -> pool.getActiveConnections() == poolSize);

            CompletableFuture<Void> outside = CompletableFuture.runAsync(outsideATransaction, requests);
            waitUntil(() -> pool.getThreadsAwaitingConnection() == 1);
            ask.countDown();

            // Far less than the pool's own wait for a free connection (30 s), far more than the reads need.
            outside.get(10, TimeUnit.SECONDS);
            for (CompletableFuture<Void> request : inside) {
                request.get(10, TimeUnit.SECONDS);
            }
        } finally {
            ask.countDown();
            requests.shutdown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls the pool, which has no event to wait for. */
    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 1000 && !condition.getAsBoolean(); i++) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        assertThat(condition.getAsBoolean()).as("the pool reached the state the test sets up").isTrue();
    }
}
