package com.frameworkfork.decision.questionnaire;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.frameworkfork.support.Admin;
import com.frameworkfork.support.Clients;
import com.frameworkfork.support.Html;
import com.frameworkfork.support.MutableClock;
import com.frameworkfork.support.TestArticles;
import com.jayway.jsonpath.JsonPath;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A verdict's reason links the article its question names only once readers may open that article: a
 * scheduled one is linked from its time on, not before. The site's clock is moved, not waited for; the
 * application is the one the article scheduling tests use.
 */
@SpringBootTest(properties = {"site.page-cache.enabled=false"})
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class ScheduledArticleLinkTest {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Test
    void aScheduledArticleIsLinkedFromVerdictsOnlyOnceItIsPublic() throws Exception {
        LocalDateTime inTwoHours = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).plusHours(2);
        Map<String, String> article = TestArticles.fields("scheduled-for-the-quiz");
        article.put("publishedOn", inTwoHours.toLocalDate().toString());
        article.put("publishTime", inTwoHours.format(TIME));
        article.put("state", "scheduled");
        long id = TestArticles.create(mvc, article);

        String draftLocation = TestArticles.submit(mvc, "/admin/questionnaire/drafts", Map.of())
                .andExpect(status().isSeeOther()).andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
        String draft = draftLocation.replaceAll("^/admin/questionnaire/(\\d+).*$", "$1");
        String question = "/admin/questionnaire/" + draft + "/questions/admin";
        Document editor = Html.of(mvc.perform(get(question).with(Admin.admin())).andExpect(status().isOk()));
        Map<String, String> form = new LinkedHashMap<>();
        BrowserForms.fields(BrowserForms.formTo(editor, question), false).forEach((name, values) -> form.put(name, values.get(0)));
        form.put("articleId", Long.toString(id));
        TestArticles.submit(mvc, question, form).andExpect(status().isSeeOther());
        TestArticles.submit(mvc, "/admin/questionnaire/" + draft + "/publish", Map.of("confirm", "yes"))
                .andExpect(status().isSeeOther());
        String verdict = "/verdict/" + JsonPath.read(mvc.perform(post("/api/v1/verdicts").with(Clients.fresh())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"answers": {"api": "no", "admin": "yes", "solo": "no", "team": "no", "growth": "no", "learning": "no"}}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");

        assertThat(articleLinks(verdict)).as("before its time").doesNotContain("/articles/scheduled-for-the-quiz");

        clock.advance(Duration.ofHours(3));

        assertThat(articleLinks(verdict)).as("once it is public").contains("/articles/scheduled-for-the-quiz");
    }

    private List<String> articleLinks(String verdict) throws Exception {
        return Html.of(mvc.perform(get(verdict)).andExpect(status().isOk()))
                .select("[data-testid=reason][data-question=admin] a[href^=/articles/]").eachAttr("href");
    }
}
