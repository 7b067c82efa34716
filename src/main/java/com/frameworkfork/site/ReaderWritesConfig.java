package com.frameworkfork.site;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The rules for what readers write: maintenance mode pauses comments and hearts, and comments are
 * rate limited per client. Registered here in one place rather than in each controller. The
 * maintenance guard runs first, so a refused write never uses up the reader's allowance.
 */
@Configuration(proxyBeanMethods = false)
public class ReaderWritesConfig implements WebMvcConfigurer {

    static final String COMMENT_POSTS = "/articles/*/comments";
    static final String HEART_POSTS = "/articles/*/hearts";

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
        RateLimiter comments = new RateLimiter(limits.commentsPerMinute(), Duration.ofMinutes(1), limits.trackedClients());
        registry.addInterceptor(new RateLimitInterceptor(comments))
                .addPathPatterns(COMMENT_POSTS)
                .order(1);
    }
}
