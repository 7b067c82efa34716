package com.frameworkfork.article;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param flushInterval how often views counted in memory are written to the database; at most this
 *                      much of them is lost if the process is killed
 */
@ConfigurationProperties("site.views")
record ViewProperties(@DefaultValue("1s") Duration flushInterval) {
}
