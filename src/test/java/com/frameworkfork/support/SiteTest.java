package com.frameworkfork.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one application most tests share: the whole site on a random port, reachable both over real
 * HTTP and through MockMvc, with the test configuration in {@code config/application.yml} and reader
 * limits so generous that no test is refused for what earlier tests in the same context did. Spring
 * starts it once for every class with this annotation and nothing else that changes the context.
 *
 * <p>It serves real HTTP, so no test in it may use Spring Security's {@code csrf()} request post
 * processor (nor {@code formLogin()}, which uses it): that swaps the site's token repository for one
 * kept in the session, for every later request. {@link PageToken} sends a page's own token instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "site.comments.per-minute=100000",
        "site.hearts.per-minute=100000",
        "site.api.verdicts-per-minute=100000",
        "site.quiz.starts-per-minute=100000",
        "site.quiz.verdicts-per-minute=100000",
        "site.sign-in.attempts-per-minute=100000",
        "site.sign-in.max-failures=100000"})
@AutoConfigureMockMvc
public @interface SiteTest {
}
