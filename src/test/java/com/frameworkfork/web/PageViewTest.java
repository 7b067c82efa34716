package com.frameworkfork.web;

import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a page reaches the response: whole once rendered, or, for a large page, as it renders. */
class PageViewTest {

    /** A template that renders about 90,000 characters, longer than the room a first page gets and than a large page's chunk. */
    /** Its dash is not ASCII, so it reaches the reader only if the page is written in the response's encoding. */
    private static final String LONG_PAGE = "<ol><li th:each=\"n : ${numbers}\" th:text=\"${'item – ' + n}\">item</li></ol>";
    /** The same, failing after its list. */
    private static final String FAILING_PAGE = LONG_PAGE + "<p th:text=\"${failing.text}\">text</p>";
    /** A template name is the template's own text here: this one is registered as a large page. */
    private static final String LARGE_FAILING_PAGE = "<main>" + FAILING_PAGE + "</main>";

    /** A value whose reading fails, as a template's expression can. */
    public static final class Failing {
        public String getText() {
            throw new IllegalStateException("failed while rendering");
        }
    }

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MockServletContext servletContext = new MockServletContext();
    private final StaticWebApplicationContext context = new StaticWebApplicationContext();
    private final Map<String, Object> model = Map.of("numbers", IntStream.range(0, 5000).boxed().toList(),
            "failing", new Failing());

    PageViewTest() {
        engine.setTemplateResolver(new StringTemplateResolver());
        context.setServletContext(servletContext);
        context.registerBean(LargePage.class, () -> new LargePage(LARGE_FAILING_PAGE));
        context.refresh();
    }

    @Test
    void aPageIsWrittenWholeAndTheSameTheNextTimeItRenders() throws Exception {
        PageView view = view(LONG_PAGE);
        String expected = renderedByThymeleafAlone(LONG_PAGE);

        assertThat(render(view).getContentAsString()).isEqualTo(expected);
        assertThat(render(view).getContentAsString()).isEqualTo(expected);
    }

    @Test
    void aPageThatFailsWhileRenderingWritesNothingSoTheErrorPageCanTakeItsPlace() {
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThatThrownBy(() -> view(FAILING_PAGE).render(model, request(), response))
                .hasRootCauseMessage("failed while rendering");
        assertThat(response.getContentAsByteArray()).isEmpty();
        assertThat(response.isCommitted()).isFalse();
    }

    @Test
    void aLargePageIsWrittenAsItRenders() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThatThrownBy(() -> view(LARGE_FAILING_PAGE).render(model, request(), response))
                .hasRootCauseMessage("failed while rendering");
        assertThat(response.getContentAsString()).as("what reached the reader before the failure").isNotEmpty();
        assertThat(renderedByThymeleafAlone("<main>" + LONG_PAGE)).startsWith(response.getContentAsString());
    }

    /** The view as the site's resolver makes it. */
    private PageView view(String template) throws Exception {
        ThymeleafViewResolver resolver = new ThymeleafViewResolver();
        resolver.setTemplateEngine(engine);
        resolver.setViewClass(PageView.class);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setApplicationContext(context);
        return (PageView) resolver.resolveViewName(template, Locale.ENGLISH);
    }

    private MockHttpServletResponse render(PageView view) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        view.render(model, request(), response);
        return response;
    }

    private MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest(servletContext);
        request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
        return request;
    }

    private String renderedByThymeleafAlone(String template) {
        StringWriter page = new StringWriter();
        engine.process(template, new Context(null, model), page);
        return page.toString();
    }
}
