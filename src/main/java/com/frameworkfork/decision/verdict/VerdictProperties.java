package com.frameworkfork.decision.verdict;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicStatisticsFrom how many verdicts there must be before the verdict page says how all of
 *                             them split; below it, a percentage says more about chance than people
 * @param shareImagesKept      how many verdicts' preview images stay drawn in memory (about 40 KB each);
 *                             the least recently asked for are dropped first and drawn again if needed
 * @param countsRereadAfter    how long the split of all verdicts, and of those with the same answers, is
 *                             kept before it is counted from the table again; a verdict stored on this
 *                             instance counts at once, one stored on another within this time. A count
 *                             reads every verdict it covers, so it is not made per page
 */
@ConfigurationProperties("site.verdict")
record VerdictProperties(@DefaultValue("20") int publicStatisticsFrom, @DefaultValue("500") int shareImagesKept,
                         @DefaultValue("1m") Duration countsRereadAfter) {
}
