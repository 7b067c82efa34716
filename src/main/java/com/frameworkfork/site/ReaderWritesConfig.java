package com.frameworkfork.site;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The rules for what readers write: maintenance mode pauses comments and hearts, and comments,
 * hearts, quiz starts, verdicts made by finishing a quiz and verdicts created through the API are
 * rate limited per client. Registered here in one place rather than in each controller. The
 * maintenance guard runs first, so a refused write never uses up the reader's allowance.
 */
@Configuration(proxyBeanMethods = false)
public class ReaderWritesConfig implements WebMvcConfigurer {

    static final String COMMENT_POSTS = "/articles/*/comments";
    static final String HEART_POSTS = "/articles/*/hearts";
    static final String VERDICT_API_POSTS = "/api/v1/verdicts";
    static final String QUIZ_STARTS = "/decide";
    /** Every answer posts here, but only the step that finishes the quiz with new answers makes a verdict. */
    static final String QUIZ_STEPS = "/decide/*/*";

    private final MaintenanceMode maintenanceMode;
    private final RateLimitProperties limits;

    public ReaderWritesConfig(MaintenanceMode maintenanceMode, RateLimitProperties limits) {
        this.maintenanceMode = maintenanceMode;
        this.limits = limits;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new MaintenanceWriteGuard(maintenanceMode))
                .addPathPatterns(COMMENT_POSTS, HEART_POSTS)
                .order(0);
        limit(registry, COMMENT_POSTS, RateLimitInterceptor.everyPost(limiter(limits.commentsPerMinute())));
        limit(registry, HEART_POSTS, RateLimitInterceptor.everyPost(limiter(limits.heartsPerMinute())));
        limit(registry, VERDICT_API_POSTS, RateLimitInterceptor.everyPost(limiter(limits.verdictsPerMinute())));
        limit(registry, QUIZ_STARTS, RateLimitInterceptor.everyPost(limiter(limits.quizStartsPerMinute())));
        limit(registry, QUIZ_STEPS, RateLimitInterceptor.usedByHandler(limiter(limits.quizVerdictsPerMinute())));
    }

    private RateLimiter limiter(int perMinute) {
        return new RateLimiter(perMinute, Duration.ofMinutes(1), limits.trackedClients());
    }

    private static void limit(InterceptorRegistry registry, String path, RateLimitInterceptor interceptor) {
        registry.addInterceptor(interceptor).addPathPatterns(path).order(1);
    }
}
