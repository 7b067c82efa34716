package com.frameworkfork.decision.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param verdictsPerMinute how many verdicts one client may create through the API in a minute
 * @param maxBodySize       the most of a request body the verdict API reads; a full verdict request is
 *                          about 200 bytes, so 16 KB leaves room for any formatting and refuses floods
 */
@ConfigurationProperties("site.api")
record ApiProperties(@DefaultValue("30") int verdictsPerMinute, @DefaultValue("16KB") DataSize maxBodySize) {
}
