package com.frameworkfork.decision.verdict;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicStatisticsFrom how many verdicts there must be before the verdict page says how all of
 *                             them split; below it, a percentage says more about chance than people
 * @param shareImagesKept      how many verdicts' preview images stay drawn in memory (about 40 KB each);
 *                             the least recently asked for are dropped first and drawn again if needed
 */
@ConfigurationProperties("site.verdict")
record VerdictProperties(@DefaultValue("20") int publicStatisticsFrom, @DefaultValue("500") int shareImagesKept) {
}
