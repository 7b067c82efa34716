package com.frameworkfork.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeptHtmlDialectTest {

    /** Counts how often a template reads it, to tell a kept element from one rendered anew. */
    public static final class Owner {
        private final String text;
        private int reads;

        Owner(String text) {
            this.text = text;
        }

        public String getText() {
            reads++;
            return text;
        }
    }

    private final SpringTemplateEngine engine = engine();

    private static SpringTemplateEngine engine() {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        engine.addDialect(new KeptHtmlDialect());
        return engine;
    }

    private String render(String template, Map<String, Object> variables) {
        return engine.process(template, new Context(null, variables));
    }

    @Test
    void anElementIsRenderedOnceForTheSameObjectAndWrittenAgainAsItWas() {
        String template = "<div class=\"kept\" kept:by=\"${owner}\"><p th:text=\"${owner.text}\">x</p></div>";
        Owner owner = new Owner("Hello & welcome");

        String first = render(template, Map.of("owner", owner));
        String second = render(template, Map.of("owner", owner));

        assertThat(first).isEqualTo("<div class=\"kept\"><p>Hello &amp; welcome</p></div>");
        assertThat(second).isEqualTo(first);
        assertThat(owner.reads).isEqualTo(1);
    }

    @Test
    void anotherObjectRendersTheElementAnew() {
        String template = "<p kept:by=\"${owner}\" th:text=\"${owner.text}\">x</p>";
        render(template, Map.of("owner", new Owner("old")));

        Owner replaced = new Owner("new");
        assertThat(render(template, Map.of("owner", replaced))).isEqualTo("<p>new</p>");
        assertThat(replaced.reads).isEqualTo(1);
    }

    @Test
    void noObjectRendersTheElementEachTime() {
        String template = "<p kept:by=\"${editor ? null : owner}\" th:text=\"${owner.text}\">x</p>";
        Owner owner = new Owner("per person");

        render(template, Map.of("owner", owner, "editor", true));
        assertThat(render(template, Map.of("owner", owner, "editor", true))).isEqualTo("<p>per person</p>");
        assertThat(owner.reads).isEqualTo(2);
    }

    @Test
    void twoElementsKeptByOneObjectKeepTheirOwnHtml() {
        String template = "<h1 kept:by=\"${owner}\" th:text=\"${owner.text}\">x</h1>"
                + "<p kept:by=\"${owner}\" th:text=\"${owner.text} + '!'\">x</p>";
        Owner owner = new Owner("Both");

        render(template, Map.of("owner", owner));
        assertThat(render(template, Map.of("owner", owner))).isEqualTo("<h1>Both</h1><p>Both!</p>");
    }

    @Test
    void aKeptElementMayHoldAnotherKeptByTheSameObject() {
        String template = "<section kept:by=\"${owner}\"><p kept:by=\"${owner}\" th:text=\"${owner.text}\">x</p>"
                + "<p kept:by=\"${owner}\" th:text=\"${owner.text}\">y</p></section>";
        Owner owner = new Owner("Nested");

        render(template, Map.of("owner", owner));
        assertThat(render(template, Map.of("owner", owner))).isEqualTo("<section><p>Nested</p><p>Nested</p></section>");
    }

    @Test
    void theElementSeesTheVariablesAroundIt() {
        String template = "<ul th:with=\"item=${owner}\"><li kept:by=\"${owner}\" th:text=\"${item.text}\">x</li></ul>";

        assertThat(render(template, Map.of("owner", new Owner("in scope")))).isEqualTo("<ul><li>in scope</li></ul>");
    }

    @Test
    void textThatLooksLikeAnExpressionIsWrittenAsTextWhenKept() {
        String template = "<p kept:by=\"${owner}\" th:text=\"${owner.text}\">x</p>";
        Owner owner = new Owner("[[${secret}]] and [(${secret})]");
        Map<String, Object> variables = Map.of("owner", owner, "secret", "LEAKED");

        String first = render(template, variables);
        String second = render(template, variables);

        assertThat(second).isEqualTo(first).doesNotContain("LEAKED");
    }

    @Test
    void aFormThatPostsCannotBeKept() {
        String template = "<form method=\"post\" kept:by=\"${owner}\"><input type=\"hidden\" name=\"_csrf\" value=\"token\"></form>";

        assertThatThrownBy(() -> render(template, Map.of("owner", new Owner("x"))))
                .isInstanceOf(TemplateProcessingException.class)
                .hasRootCauseInstanceOf(IllegalStateException.class);
    }
}
