package com.frameworkfork.web;

import org.thymeleaf.spring6.view.ThymeleafView;

/**
 * The site's Thymeleaf view: a page is rendered into memory and written in one go, as
 * {@code spring.thymeleaf.servlet.produce-partial-output-while-processing} says, unless its template is
 * a {@link LargePage}, which is written as it renders. Thymeleaf decides this per resolver, not per
 * page, so the resolver makes its views of this class ({@link ViewResolverSettings} sets it up).
 */
public class PageView extends ThymeleafView {

    /** Looked up once per view, which the resolver keeps per template; two threads racing both find the same answer. */
    private volatile Boolean large;

    @Override
    public boolean getProducePartialOutputWhileProcessing() {
        if (large == null) {
            large = obtainApplicationContext().getBeanProvider(LargePage.class).stream()
                    .anyMatch(page -> page.template().equals(getTemplateName()));
        }
        return large || super.getProducePartialOutputWhileProcessing();
    }
}
