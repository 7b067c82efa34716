package com.frameworkfork.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Makes every {@code redirect:} view answer 303 See Other, the HTTP/1.1 answer to a successful POST
 * (post-redirect-get), instead of 302. Boot offers no property for it, so the resolver it creates is
 * adjusted here.
 */
@Component
class SeeOtherRedirects implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof ThymeleafViewResolver resolver) {
            resolver.setRedirectHttp10Compatible(false);
        }
        return bean;
    }
}
