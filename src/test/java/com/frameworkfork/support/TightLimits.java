package com.frameworkfork.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The site with every per-client limit at {@link #PER_MINUTE} a minute, so a test reaches a limit in a
 * few requests, and a small container (four workers, a two-second body deadline) so a handful of slow
 * clients is a crowd. One application for all the tests of limits; like {@link SiteTest} it serves real
 * HTTP, so no test in it uses Spring Security's {@code csrf()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "site.comments.per-minute=" + TightLimits.PER_MINUTE,
        "site.hearts.per-minute=" + TightLimits.PER_MINUTE,
        "site.api.verdicts-per-minute=" + TightLimits.PER_MINUTE,
        "site.quiz.starts-per-minute=" + TightLimits.PER_MINUTE,
        "site.quiz.verdicts-per-minute=" + TightLimits.PER_MINUTE,
        "site.sign-in.attempts-per-minute=" + TightLimits.PER_MINUTE,
        "server.tomcat.threads.max=" + TightLimits.WORKERS,
        "server.tomcat.threads.min-spare=1",
        "site.request-body.deadline=2s",
        "site.request-body.read-timeout=1s"})
@AutoConfigureMockMvc
public @interface TightLimits {

    /** Posts of each kind a client may make in a minute. */
    int PER_MINUTE = 2;

    /** The container's worker threads. */
    int WORKERS = 4;
}
