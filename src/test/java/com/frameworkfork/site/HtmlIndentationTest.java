package com.frameworkfork.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlIndentationTest {

    @Test
    void dropsIndentationAndBlankLinesBetweenTags() {
        assertThat(HtmlIndentation.strip("<ul>\n    <li>one</li>\n\n        <li>two</li>\n</ul>\n"))
                .isEqualTo("<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n");
    }

    @Test
    void leavesPreformattedTextAndTextareasAlone() {
        String code = "<pre><code>def hello():\n    return \"hi\"\n\n    # kept\n</code></pre>";
        String draft = "<textarea name=\"body\">first line\n    indented by the reader</textarea>";

        assertThat(HtmlIndentation.strip("<main>\n    " + code + "\n    " + draft + "\n</main>"))
                .isEqualTo("<main>\n" + code + "\n" + draft + "\n</main>");
    }

    @Test
    void keepsTheSpaceThatSeparatesWordsOnOneLine() {
        assertThat(HtmlIndentation.strip("<p>Django  and   Flask</p>")).isEqualTo("<p>Django  and   Flask</p>");
    }
}
