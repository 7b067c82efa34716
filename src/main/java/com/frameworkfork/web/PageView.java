package com.frameworkfork.web;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.thymeleaf.spring6.view.ThymeleafView;

/**
 * The site's Thymeleaf view: a page is rendered into a {@link PageWriter} and written to the response in
 * one go once it has rendered whole, unless its template is a {@link LargePage}, which is written as it
 * renders, a chunk at a time. Thymeleaf is told to write as it renders either way: it then writes into
 * the page writer this view hands it as the response's, instead of into a buffer of its own.
 * <p>
 * Every page also gets the registered {@link PageAttribute}s as it renders. Controller advice's model
 * attributes would cost a handler method built and called per attribute on every request, redirects
 * included, and would still miss the pages exception handlers make.
 */
public class PageView extends ThymeleafView {

    /** A large page is passed on to the response in chunks of this many characters. */
    private static final int LARGE_PAGE_CHUNK = 16 * 1024;
    /** Room for a page of a kind not rendered yet. */
    private static final int FIRST_PAGE_LENGTH = 16 * 1024;

    /** Looked up once per view, which the resolver keeps per template; two threads racing both find the same answer. */
    private volatile Boolean large;
    private volatile List<PageAttribute> pageAttributes;
    /** The longest page of this template so far; a lost update between two renderings only costs one a larger copy. */
    private volatile int longestPage = FIRST_PAGE_LENGTH;

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
        if (isLarge()) {
            PageWriter chunks = PageWriter.chunked(response, LARGE_PAGE_CHUNK);
            super.render(page, request, writingInto(response, chunks));
            chunks.flush();
            return;
        }
        // Some room to spare, so that a page a little longer than the longest so far is not copied.
        PageWriter whole = PageWriter.wholePage(longestPage + longestPage / 8);
        super.render(page, request, writingInto(response, whole));
        if (whole.length() > longestPage) {
            longestPage = whole.length();
        }
        whole.writeTo(response.getWriter());
        response.getWriter().flush();
    }

    @Override
    public boolean getProducePartialOutputWhileProcessing() {
        return true;
    }

    private boolean isLarge() {
        if (large == null) {
            large = obtainApplicationContext().getBeanProvider(LargePage.class).stream()
                    .anyMatch(page -> page.template().equals(getTemplateName()));
        }
        return large;
    }

    private static HttpServletResponse writingInto(HttpServletResponse response, PageWriter writer) {
        return new HttpServletResponseWrapper(response) {
            @Override
            public PrintWriter getWriter() {
                return writer;
            }
        };
    }
}
