package com.frameworkfork.comment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param perMinute  how many comments one client may post in a minute
 * @param moderation which new comments wait for a moderator: {@code links} (those with a link), {@code all}
 *                   or {@code none}
 */
@ConfigurationProperties("site.comments")
record CommentProperties(@DefaultValue("5") int perMinute, @DefaultValue("links") CommentModeration moderation) {
}
