package com.frameworkfork.web.cache;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;

@Configuration(proxyBeanMethods = false)
class PageCacheConfig {

    /** The filter runs inside the security chain (see the security configuration), not on its own. */
    @Bean
    PageCacheFilter pageCacheFilter(PageCache cache, CsrfTokenRepository csrfTokens, CsrfTokenRequestHandler csrfHandler) {
        return new PageCacheFilter(cache, csrfTokens, csrfHandler);
    }

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilterOutsideTheSecurityChain(PageCacheFilter filter) {
        FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
