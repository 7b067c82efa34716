package com.frameworkfork.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The site as an operator may start it with the switches that only take effect at start-up turned
 * away from the tests' usual ones: maintenance on, the sponsored slot off, a base URL still left at
 * {@link #BASE_URL} while readers arrive under {@link #PUBLIC_HOST}, and the split of all verdicts
 * shown from {@link #PUBLIC_STATISTICS_FROM} verdicts on. One application for the tests of those
 * switches, which read pages and change only records of their own, so none disturbs another. Its
 * database holds no verdict but those its tests make. No test in it uses Spring Security's {@code csrf()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = {
        "site.maintenance.enabled=true",
        "site.sponsored.enabled=false",
        "site.base-url=" + StartUpSwitches.BASE_URL,
        "site.extra-hosts=" + StartUpSwitches.PUBLIC_HOST,
        "site.verdict.public-statistics-from=" + StartUpSwitches.PUBLIC_STATISTICS_FROM})
@AutoConfigureMockMvc
public @interface StartUpSwitches {

    String BASE_URL = "http://localhost:8080";

    String PUBLIC_HOST = "frameworks.example";

    int PUBLIC_STATISTICS_FROM = 4;
}
