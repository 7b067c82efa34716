package com.frameworkfork.decision.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param verdictsPerMinute how many verdicts one client may create through the API in a minute */
@ConfigurationProperties("site.api")
record ApiProperties(@DefaultValue("30") int verdictsPerMinute) {
}
