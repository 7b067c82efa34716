package com.frameworkfork.comment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param perMinute how many comments one client may post in a minute */
@ConfigurationProperties("site.comments")
record CommentProperties(@DefaultValue("5") int perMinute) {
}
