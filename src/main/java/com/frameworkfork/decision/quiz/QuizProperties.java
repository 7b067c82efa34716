package com.frameworkfork.decision.quiz;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param startsPerMinute   how many quizzes one client may start in a minute; a reader starts one, or a
 *                          few to try other answers, so 10 is never in the way
 * @param verdictsPerMinute how many new verdicts one client may make in a minute by finishing quizzes;
 *                          each needs a changed answer and the last question posted again, so a person
 *                          clicking quickly makes well under 30, and finishing again with answers the quiz
 *                          already had costs nothing
 */
@ConfigurationProperties("site.quiz")
record QuizProperties(@DefaultValue("10") int startsPerMinute, @DefaultValue("30") int verdictsPerMinute) {
}
