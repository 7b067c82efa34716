package com.frameworkfork.web;

import java.util.LinkedHashMap;
import java.util.Map;

import com.frameworkfork.support.Html;
import com.frameworkfork.support.SiteTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page's header and footer mark the section the reader is in, and only that one, whichever page
 * of another section was shown just before (the layout keeps its header and footer per section).
 */
@SiteTest
class LayoutNavigationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theHeaderAndFooterMarkTheSectionOfEachPage() throws Exception {
        Map<String, String> currentLinkByPage = new LinkedHashMap<>();
        currentLinkByPage.put("/articles", "/articles");
        currentLinkByPage.put("/", "");
        currentLinkByPage.put("/articles/django-or-flask-decision-guide", "/articles");
        currentLinkByPage.put("/about", "/about");
        currentLinkByPage.put("/compare/django-vs-flask", "/compare/django-vs-flask");
        currentLinkByPage.put("/privacy", "/privacy");
        currentLinkByPage.put("/decide", "/decide");
        currentLinkByPage.put("/search?q=admin", "");

        for (int round = 0; round < 2; round++) {
            for (Map.Entry<String, String> page : currentLinkByPage.entrySet()) {
                Document shown = Html.of(mvc.perform(get(page.getKey())).andExpect(status().isOk()));
                String marked = String.join(" ", shown.select("header.site-header a[aria-current=page], "
                        + "footer.site-footer a[aria-current=page]").eachAttr("href"));
                assertThat(marked).as("the links marked current on %s", page.getKey()).isEqualTo(page.getValue());
            }
        }
    }
}
