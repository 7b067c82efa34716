package com.frameworkfork.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.thymeleaf.spring6.view.ThymeleafView;

/**
 * The site's Thymeleaf view: a page is rendered into memory and written in one go, as
 * {@code spring.thymeleaf.servlet.produce-partial-output-while-processing} says, unless its template is
 * a {@link LargePage}, which is written as it renders. Thymeleaf decides this per resolver, not per
 * page, so the resolver makes its views of this class ({@link ViewResolverSettings} sets it up).
 * <p>
 * Every page also gets the registered {@link PageAttribute}s as it renders. Controller advice's model
 * attributes would cost a handler method built and called per attribute on every request, redirects
 * included, and would still miss the pages exception handlers make.
 */
public class PageView extends ThymeleafView {

    /** Looked up once per view, which the resolver keeps per template; two threads racing both find the same answer. */
    private volatile Boolean large;
    private volatile List<PageAttribute> pageAttributes;

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        if (pageAttributes == null) {
            pageAttributes = obtainApplicationContext().getBeanProvider(PageAttribute.class).orderedStream().toList();
        }
        Map<String, Object> page = model == null ? new HashMap<>() : new HashMap<>(model);
        for (PageAttribute attribute : pageAttributes) {
            if (!page.containsKey(attribute.name())) {
                page.put(attribute.name(), attribute.value().apply(request));
            }
        }
        super.render(page, request, response);
    }

    @Override
    public boolean getProducePartialOutputWhileProcessing() {
        if (large == null) {
            large = obtainApplicationContext().getBeanProvider(LargePage.class).stream()
                    .anyMatch(page -> page.template().equals(getTemplateName()));
        }
        return large || super.getProducePartialOutputWhileProcessing();
    }
}
