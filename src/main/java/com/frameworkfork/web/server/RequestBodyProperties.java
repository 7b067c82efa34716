package com.frameworkfork.web.server;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a client may take to send a request body. A worker thread waits for the body, so
 * together these bound how long one slow client can hold a worker: at most
 * {@code deadline + readTimeout}.
 *
 * @param deadline    the whole body must have arrived this long after the request's headers
 * @param readTimeout the longest wait for the next bytes of a body that has stopped arriving
 */
@ConfigurationProperties("site.request-body")
record RequestBodyProperties(@DefaultValue("15s") Duration deadline, @DefaultValue("5s") Duration readTimeout) {
}
