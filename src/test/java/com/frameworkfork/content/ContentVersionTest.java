package com.frameworkfork.content;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import com.frameworkfork.support.SiteTest;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page asks for the content version, often while its request holds one of the pool's database
 * connections. Re-reading the number must never make such a request wait for another connection: with
 * every connection held by requests that ask for the version, that would stall them all until the
 * pool gives up.
 */
@SiteTest
class ContentVersionTest {

    @Autowired
    ContentVersion version;

    @Autowired
    DataSource dataSource;

    @Test
    void theVersionIsAnsweredWhileEveryConnectionIsTakenEvenWhenItIsDueForRereading() throws Exception {
        long before = version.current();
        int poolSize = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
        List<Connection> taken = new ArrayList<>();
        try {
            for (int i = 0; i < poolSize; i++) {
                taken.add(dataSource.getConnection());
            }
            // Long enough for the kept number to be due for re-reading.
            TimeUnit.MILLISECONDS.sleep(ContentVersion.REREAD_AFTER.toMillis() + 200);

            CompletableFuture<Long> asked = CompletableFuture.supplyAsync(version::current);

            // Far less than the pool's own wait for a free connection (30 s), far more than an answer needs.
            assertThat(asked.get(10, TimeUnit.SECONDS)).isEqualTo(before);
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
        }
    }
}
