package com.frameworkfork.article;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A flush must not return while views it has to store are still being written by another flush:
 * the last flush at shutdown, and a test reading the counts after flushing, rely on it.
 */
class ViewCounterTest {

    @Test
    void aFlushReturnsOnlyOnceTheViewsAFlushUnderWayTookAreStored() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        AtomicLong stored = new AtomicLong();
        ArticleRepository articles = mock(ArticleRepository.class);
        when(articles.addViews(eq("busy"), anyLong())).thenAnswer(call -> {
            writing.countDown();
            mayFinish.await();
            stored.addAndGet(call.getArgument(1));
            return 1;
        });
        ViewCounter counter = new ViewCounter(articles, mock(PlatformTransactionManager.class),
                new ViewProperties(Duration.ofSeconds(1)), Clock.systemUTC());
        for (int i = 0; i < 3; i++) {
            counter.count("busy");
        }

        Thread scheduled = new Thread(counter::flush, "scheduled flush");
        scheduled.start();
        writing.await();
        Thread lastFlush = new Thread(counter::flush, "flush at shutdown");
        lastFlush.start();
        // It either waits for the flush under way or returns at once, finding nothing left to take.
        await().until(() -> lastFlush.getState() == Thread.State.BLOCKED || lastFlush.getState() == Thread.State.TERMINATED);
        boolean returnedBeforeTheViewsWereStored = lastFlush.getState() == Thread.State.TERMINATED;
        mayFinish.countDown();
        scheduled.join();
        lastFlush.join();

        assertThat(returnedBeforeTheViewsWereStored).as("the second flush returned while the first was still storing").isFalse();
        assertThat(stored).hasValue(3);
    }
}
