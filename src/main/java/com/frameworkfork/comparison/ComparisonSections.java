package com.frameworkfork.comparison;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The comparison's sections as HTML, for {@code comparison/show} to insert. Rendering them is nearly all
 * of a comparison view's cost (hundreds of citations, each a fragment), and what readers see of them
 * changes only with the content: their HTML is kept for each assembled page, which
 * {@link ComparisonService} replaces when the content version moves on. An editor's view, with its edit
 * links, is rendered anew each time.
 */
@Component
class ComparisonSections {

    /** The sponsored slot goes between the first section and the others, so they come in two parts. */
    record Rendered(String first, String others) {
    }

    private final ITemplateEngine templates;
    private final JakartaServletWebApplication application;
    /** Keyed by the page object itself: once its version is replaced, nothing refers to it and it goes. */
    private final Cache<ComparisonPage, Rendered> forReaders = Caffeine.newBuilder().weakKeys().build();

    ComparisonSections(ITemplateEngine templates, ServletContext servletContext) {
        this.templates = templates;
        this.application = JakartaServletWebApplication.buildApplication(servletContext);
    }

    Rendered render(ComparisonPage page, boolean editable, HttpServletRequest request, HttpServletResponse response) {
        if (editable) {
            return renderNow(page, true, request, response);
        }
        return forReaders.get(page, p -> renderNow(p, false, request, response));
    }

    private Rendered renderNow(ComparisonPage page, boolean editable, HttpServletRequest request,
                               HttpServletResponse response) {
        List<ComparisonPage.SectionView> sections = page.sections();
        int split = Math.min(1, sections.size());
        return new Rendered(html(page, sections.subList(0, split), editable, request, response),
                html(page, sections.subList(split, sections.size()), editable, request, response));
    }

    private String html(ComparisonPage page, List<ComparisonPage.SectionView> shown, boolean editable,
                        HttpServletRequest request, HttpServletResponse response) {
        WebContext context = new WebContext(application.buildExchange(request, response),
                RequestContextUtils.getLocale(request), Map.of("page", page, "shown", shown, "editable", editable));
        return templates.process("comparison/sections", Set.of("sections"), context);
    }
}
