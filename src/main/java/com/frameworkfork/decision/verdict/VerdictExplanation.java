package com.frameworkfork.decision.verdict;

import java.util.List;

/**
 * What a verdict page explains: the reasons answer by answer, what was not asked, the third options and
 * the next steps. It is the same for every verdict scored alike under one model version and one
 * version of the content, so {@link VerdictService} makes it once for them all and the page keeps the
 * HTML made from it.
 */
public record VerdictExplanation(List<VerdictPage.ReasonView> reasons, List<VerdictPage.NotAskedView> notAsked,
                                 List<VerdictPage.ThirdOptionView> thirdOptions, VerdictPage.NextStepsView nextSteps) {
}
