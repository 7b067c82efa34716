package com.frameworkfork.decision.verdict;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;

import com.frameworkfork.support.MutableClock;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The split of all verdicts that every verdict page shows counts a verdict stored on this instance at
 * once, without counting the whole table again, and one stored on another instance when it re-reads the
 * count, a minute later by the site's clock (moved here, not waited for). The application is the one the
 * article scheduling tests use.
 */
@SpringBootTest(properties = {"site.page-cache.enabled=false"})
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class AllVerdictsSplitTest {

    private static final Map<String, String> ANSWERS = Map.of("api", "yes", "admin", "no", "solo", "yes",
            "growth", "no", "learning", "yes");

    @Autowired
    VerdictService verdicts;

    @Autowired
    MutableClock clock;

    @Autowired
    VerdictProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    /** Each test starts with the splits read afresh, whatever another test left kept. */
    @BeforeEach
    void splitsReadAgain() {
        clock.advance(properties.countsRereadAfter().plus(Duration.ofMillis(1)));
    }

    /** Stores a copy of a verdict's row as another instance sharing the database would, unseen by this one. */
    private void storeOnAnotherInstance(String likeVerdict) {
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM decision_verdict WHERE id = ?", likeVerdict);
        row.put("id", likeVerdict.substring(0, likeVerdict.length() - 1) + (likeVerdict.endsWith("A") ? "B" : "A"));
        String columns = String.join(", ", row.keySet());
        String places = row.keySet().stream().map(column -> "?").collect(Collectors.joining(", "));
        jdbc.update("INSERT INTO decision_verdict (" + columns + ") VALUES (" + places + ")", row.values().toArray());
    }

    @Test
    void aVerdictStoredHereCountsAtOnceAndOneStoredElsewhereOnceTheCountIsReadAgain() {
        String first = verdicts.create(ANSWERS, List.of()).id();
        long before = verdicts.stats().total();

        storeOnAnotherInstance(first);
        verdicts.create(ANSWERS, List.of());
        assertThat(verdicts.stats().total()).as("this instance's verdict, counted without a new count")
                .isEqualTo(before + 1);

        clock.advance(properties.countsRereadAfter().plus(Duration.ofMillis(1)));
        assertThat(verdicts.stats().total()).as("both, once the count is read again").isEqualTo(before + 2);
    }

    /**
     * The split among verdicts given for the same answers is kept the same way, per answers: however
     * many readers chose alike, a verdict page does not count them all again.
     */
    @Test
    void theSplitOfVerdictsWithTheSameAnswersIsKeptTheSameWay() {
        Map<String, String> rare = Map.of("api", "no", "admin", "unsure", "solo", "no", "team", "unsure",
                "growth", "no", "learning", "unsure");
        String viewed = verdicts.create(rare, List.of()).id();
        for (int i = 0; i < VerdictService.SAME_ANSWERS_MINIMUM; i++) {
            verdicts.create(rare, List.of());
        }
        assertThat(sameAnswers(viewed)).as("the others, never the verdict itself")
                .isEqualTo(VerdictService.SAME_ANSWERS_MINIMUM);

        storeOnAnotherInstance(viewed);
        assertThat(sameAnswers(viewed)).as("not counted again yet").isEqualTo(VerdictService.SAME_ANSWERS_MINIMUM);
        verdicts.create(rare, List.of());
        assertThat(sameAnswers(viewed)).as("this instance's verdict, at once").isEqualTo(VerdictService.SAME_ANSWERS_MINIMUM + 1);

        clock.advance(properties.countsRereadAfter().plus(Duration.ofMillis(1)));
        assertThat(sameAnswers(viewed)).as("both, once counted again").isEqualTo(VerdictService.SAME_ANSWERS_MINIMUM + 2);
    }

    /**
     * The count of all verdicts reads every row of the table, so however many verdict pages are read it
     * runs once a minute, not once a second: on a site with many verdicts, counting every second kept a
     * core busy.
     */
    @Test
    void aMinuteOfVerdictPagesCountsTheWholeTableOnce() {
        String verdict = verdicts.create(ANSWERS, List.of()).id();
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        for (int second = 0; second < 60; second++) {
            verdicts.page(verdict, false);
            clock.advance(Duration.ofSeconds(1));
        }

        long wholeTableCounts = Arrays.stream(statistics.getQueries())
                .filter(query -> query.contains("group by v.recommendation") && !query.contains("answersKey"))
                .mapToLong(query -> statistics.getQueryStatistics(query).getExecutionCount())
                .sum();
        assertThat(wholeTableCounts).isLessThanOrEqualTo(1);
    }

    private long sameAnswers(String verdict) {
        return verdicts.page(verdict, false).sameAnswers().total();
    }
}
