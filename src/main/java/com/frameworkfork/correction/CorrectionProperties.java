package com.frameworkfork.correction;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param perMinute how many suggestions one client may send in a minute */
@ConfigurationProperties("site.corrections")
record CorrectionProperties(@DefaultValue("5") int perMinute) {
}
