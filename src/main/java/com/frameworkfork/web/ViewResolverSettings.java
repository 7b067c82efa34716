package com.frameworkfork.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Adjusts the view resolver Boot creates where it offers no property: every {@code redirect:} view
 * answers 303 See Other, the HTTP/1.1 answer to a successful POST (post-redirect-get), instead of 302,
 * and pages are {@link PageView}s, so that large ones are written as they render.
 */
@Component
class ViewResolverSettings implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof ThymeleafViewResolver resolver) {
            resolver.setRedirectHttp10Compatible(false);
            resolver.setViewClass(PageView.class);
        }
        return bean;
    }
}
