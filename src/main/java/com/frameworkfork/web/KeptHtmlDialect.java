package com.frameworkfork.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.engine.TemplateManager;
import org.thymeleaf.engine.TemplateModel;
import org.thymeleaf.inline.NoOpInliner;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeModelProcessor;
import org.thymeleaf.processor.element.IElementModelStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * The {@code kept:by} attribute: {@code <section kept:by="${page.content}">} renders the section once for
 * each object its expression gives and writes that HTML again for the same object. Most of a page's cost
 * is its template, and most of what a reader's page shows changes only when an editor saves, so a page
 * keeps the parts that are made from objects its feature makes once per content version.
 * <p>
 * The object is compared by identity and the HTML goes when nothing else refers to the object: it must
 * be made once per version of what the element shows, never per request (a new object each time would
 * render each time and keep nothing of use). A {@code null} object renders the element as usual, for
 * views that differ per person (an editor's, with edit links). A kept part may not contain a form that
 * posts: its token is the reader's own.
 * <p>
 * Hand-written because Thymeleaf has no fragment cache, and the cache dialects published for it were
 * written for Thymeleaf 2.
 */
@Component
class KeptHtmlDialect extends AbstractProcessorDialect {

    private static final String PREFIX = "kept";
    /** Spring Security adds this hidden field to every form that posts. */
    private static final String FORM_TOKEN = "name=\"_csrf\"";

    /** For each object, the HTML of each element kept by it, by the element's place in its template. */
    private final Cache<Object, Map<String, String>> kept = Caffeine.newBuilder().weakKeys().build();

    KeptHtmlDialect() {
        super("Kept HTML", PREFIX, 0);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new KeptByProcessor(dialectPrefix));
    }

    private final class KeptByProcessor extends AbstractAttributeModelProcessor {

        /** Before every other attribute of the element: the kept HTML is the element with all of them applied. */
        private static final int FIRST = 0;

        KeptByProcessor(String dialectPrefix) {
            super(TemplateMode.HTML, dialectPrefix, null, false, "by", true, FIRST, true);
        }

        @Override
        protected void doProcess(ITemplateContext context, IModel model, AttributeName attributeName,
                                 String attributeValue, IElementModelStructureHandler structureHandler) {
            Object owner = StandardExpressions.getExpressionParser(context.getConfiguration())
                    .parseExpression(context, attributeValue).execute(context);
            if (owner == null) {
                return;
            }
            IProcessableElementTag element = (IProcessableElementTag) model.get(0);
            String place = element.getTemplateName() + ':' + element.getLine() + ':' + element.getCol();
            Map<String, String> byPlace = kept.get(owner, o -> new ConcurrentHashMap<>());
            String html = byPlace.get(place);
            if (html == null) {
                // Rendered outside the map's lock: a kept element may hold another kept by the same
                // object, and two readers rendering the same one at once just do the work twice.
                html = render(context, model, element, attributeName);
                byPlace.putIfAbsent(place, html);
            }
            model.reset();
            model.add(context.getModelFactory().createText(html));
            // The HTML is finished: text in it that looks like an inlined expression is the reader's text.
            structureHandler.setInliner(NoOpInliner.INSTANCE);
        }

        private String render(ITemplateContext context, IModel model, IProcessableElementTag element,
                              AttributeName attributeName) {
            IModel live = model.cloneModel();
            live.replace(0, context.getModelFactory().removeAttribute(element, attributeName));
            StringWriter markup = new StringWriter();
            try {
                live.write(markup);
            } catch (IOException impossible) {
                throw new UncheckedIOException(impossible);
            }
            TemplateManager templates = context.getConfiguration().getTemplateManager();
            TemplateModel parsed = templates.parseString(context.getTemplateData(), markup.toString(),
                    element.getLine(), element.getCol(), context.getTemplateMode(), false);
            StringWriter html = new StringWriter();
            templates.process(parsed, context, html);
            if (html.toString().contains(FORM_TOKEN)) {
                throw new IllegalStateException(element.getTemplateName() + " line " + element.getLine()
                        + " keeps a form that posts, with the token of one reader in it");
            }
            return html.toString();
        }
    }
}
