package com.frameworkfork.article;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

import com.frameworkfork.content.ContentVersion;
import com.frameworkfork.support.SiteTest;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a save, the released articles are read again by the first request that asks, and the requests
 * that ask meanwhile wait for that read, many of them holding a pool connection for their own
 * transaction. A page that asks outside a transaction (the home page) must not start that read without
 * a connection in hand: with every other connection held by readers waiting for it, it would wait for
 * one of theirs until the pool gave up.
 */
@SiteTest
class ReleasedArticlesLoadTest {

    @Autowired
    ArticleService articles;

    @Autowired
    ContentVersion version;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aPageOutsideATransactionNeverReadsThemWhileReadersInTransactionsWaitForIt() throws Exception {
        HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        int poolSize = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
        version.bump();
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);
        CountDownLatch ask = new CountDownLatch(1);
        ExecutorService requests = Executors.newFixedThreadPool(poolSize + 1);
        try {
            List<CompletableFuture<Integer>> readers = new ArrayList<>();
            for (int i = 0; i < poolSize; i++) {
                readers.add(CompletableFuture.supplyAsync(() -> inTransaction.execute(status -> {
                    await(ask);
                    return articles.published().size();
                }), requests));
            }
            waitUntil(() -> pool.getActiveConnections() == poolSize);

            CompletableFuture<Integer> home = CompletableFuture.supplyAsync(() -> articles.newest(3).size(), requests);
            waitUntil(() -> pool.getThreadsAwaitingConnection() == 1);
            ask.countDown();

            // Far less than the pool's own wait for a free connection (30 s), far more than the reads need.
            assertThat(home.get(10, TimeUnit.SECONDS)).isPositive();
            for (CompletableFuture<Integer> reader : readers) {
                assertThat(reader.get(10, TimeUnit.SECONDS)).isPositive();
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

    /** Polls a condition on the pool, which has no event to wait for. */
    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 1000 && !condition.getAsBoolean(); i++) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        assertThat(condition.getAsBoolean()).as("the pool reached the state the test sets up").isTrue();
    }
}
