package com.frameworkfork.article;

import javax.sql.DataSource;

import com.frameworkfork.content.ContentVersion;
import com.frameworkfork.support.ConnectionStarvation;
import com.frameworkfork.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a save, the released articles are read again by the first request that asks; the home page
 * asks outside a transaction, article pages inside one. See {@link ConnectionStarvation}.
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
    void theHomePageNeverStartsReadingThemWithoutAConnectionWhileArticlePagesWaitForIt() throws Exception {
        version.bump();
        ConnectionStarvation.assertNoStall(dataSource, transactions,
                () -> assertThat(articles.newest(3)).isNotEmpty(),
                () -> assertThat(articles.published()).isNotEmpty());
    }
}
