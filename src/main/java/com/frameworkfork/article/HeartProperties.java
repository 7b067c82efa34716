package com.frameworkfork.article;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param perMinute how many hearts one client may send in a minute */
@ConfigurationProperties("site.hearts")
record HeartProperties(@DefaultValue("30") int perMinute) {
}
