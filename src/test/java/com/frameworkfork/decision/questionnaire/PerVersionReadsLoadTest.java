package com.frameworkfork.decision.questionnaire;

import javax.sql.DataSource;

import com.frameworkfork.content.ContentVersion;
import com.frameworkfork.support.ConnectionStarvation;
import com.frameworkfork.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a save, which model is published and what questions link to are read again by the first
 * request that asks; the home page and its example verdict ask outside a transaction, quiz and verdict
 * pages inside one. See {@link ConnectionStarvation}.
 */
@SiteTest
class PerVersionReadsLoadTest {

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    ContentLinks links;

    @Autowired
    ContentVersion version;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void thePublishedModelIsNeverReadByAPageWithoutAConnectionWhileOthersWaitForIt() throws Exception {
        version.bump();
        ConnectionStarvation.assertNoStall(dataSource, transactions,
                () -> assertThat(questionnaires.current().version()).isPositive(),
                () -> assertThat(questionnaires.current().version()).isPositive());
    }

    @Test
    void theLinkTargetsAreNeverReadByAPageWithoutAConnectionWhileOthersWaitForThem() throws Exception {
        version.bump();
        ConnectionStarvation.assertNoStall(dataSource, transactions,
                () -> assertThat(links.targets().articles()).isNotEmpty(),
                () -> assertThat(links.targets().sections()).isNotEmpty());
    }
}
