package com.frameworkfork.web.limits;

import java.time.Duration;
import java.util.List;

import com.frameworkfork.web.ReaderWrite;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Limits each client's posts to every route a feature registers as a {@link ReaderWrite}. Ordered
 * after the maintenance guard, so a write refused for maintenance never uses up the reader's allowance.
 */
@Configuration(proxyBeanMethods = false)
class ReaderWritesConfig implements WebMvcConfigurer {

    static final int AFTER_MAINTENANCE_GUARD = 1;

    private final List<ReaderWrite> writes;
    private final RateLimitProperties limits;

    ReaderWritesConfig(List<ReaderWrite> writes, RateLimitProperties limits) {
        this.writes = writes;
        this.limits = limits;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        for (ReaderWrite write : writes) {
            RateLimiter limiter = new RateLimiter(write.perMinute(), Duration.ofMinutes(1), limits.trackedClients());
            registry.addInterceptor(new RateLimitInterceptor(limiter, write))
                    .addPathPatterns(write.pathPattern())
                    .order(AFTER_MAINTENANCE_GUARD);
        }
    }
}
