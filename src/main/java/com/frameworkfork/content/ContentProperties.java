package com.frameworkfork.content;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param importOnStart whether the shipped content files are imported at start-up; off only for
 *                      tools and tests that look at a database exactly as the migrations left it
 */
@ConfigurationProperties("site.content")
record ContentProperties(@DefaultValue("true") boolean importOnStart) {
}
