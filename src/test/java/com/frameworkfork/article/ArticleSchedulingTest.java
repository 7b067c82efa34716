package com.frameworkfork.article;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import com.frameworkfork.content.ContentExport;
import com.frameworkfork.content.ContentFiles;
import com.frameworkfork.content.ContentImporter;
import com.frameworkfork.support.Admin;
import com.frameworkfork.support.Clients;
import com.frameworkfork.support.Html;
import com.frameworkfork.support.MutableClock;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.TestArticles;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A scheduled article is nowhere for readers before its time and everywhere after it, with nothing
 * run in between: the site's clock is moved, not waited for. The page cache keeps pages by real time,
 * so it is off here; the two-instance test shows the article appearing with it on.
 */
@SpringBootTest(properties = {"site.page-cache.enabled=false"})
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class ArticleSchedulingTest {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String NEIGHBOUR = "/articles/django-or-flask-decision-guide";

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ContentImporter importer;

    @Autowired
    ContentExport export;

    @Test
    void aScheduledArticleIsHiddenEverywhereUntilItsTimeAndThenShownEverywhere() throws Exception {
        LocalDateTime inTwoHours = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).plusHours(2);
        Map<String, String> fields = TestArticles.fields("scheduled-quokka");
        fields.put("title", "The quokka release train");
        fields.put("publishedOn", inTwoHours.toLocalDate().toString());
        fields.put("publishTime", inTwoHours.format(TIME));
        fields.put("state", "scheduled");
        TestArticles.create(mvc, fields);

        assertNotPublic("scheduled-quokka");
        Document list = Html.of(mvc.perform(get("/admin/articles").with(Admin.admin())).andExpect(status().isOk()));
        assertThat(list.select("tr[data-slug=scheduled-quokka]").text()).contains("Scheduled");

        clock.advance(Duration.ofHours(3));

        mvc.perform(get("/articles/scheduled-quokka")).andExpect(status().isOk());
        assertThat(Html.of(mvc.perform(get("/"))).select(".card-title").first().text()).isEqualTo("The quokka release train");
        assertThat(Html.of(mvc.perform(get("/articles"))).select("a[href=/articles/scheduled-quokka]")).isNotEmpty();
        assertThat(Html.of(mvc.perform(get("/search").param("q", "quokka"))).select("a[href=/articles/scheduled-quokka]")).isNotEmpty();
        assertThat(mvc.perform(get("/feed.xml")).andReturn().getResponse().getContentAsString()).contains("/articles/scheduled-quokka");
        assertThat(mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString()).contains("/articles/scheduled-quokka");
        assertThat(Html.of(mvc.perform(get(NEIGHBOUR))).select("a[href=/articles/scheduled-quokka]")).isNotEmpty();
        mvc.perform(post("/articles/scheduled-quokka/comments").with(PageToken.from(mvc, NEIGHBOUR)).with(Clients.fresh())
                .param("name", "Reader").param("body", "Worth the wait.")).andExpect(status().isSeeOther());
        assertThat(Html.of(mvc.perform(get("/admin/articles").with(Admin.admin())))
                .select("tr[data-slug=scheduled-quokka]").text()).contains("Published");
    }

    @Test
    void schedulingNeedsATimeStillToComeAndPublishingOneThatHasCome() throws Exception {
        LocalDateTime anHourAgo = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).minusHours(1);
        Map<String, String> scheduledInThePast = TestArticles.fields("scheduled-in-the-past");
        scheduledInThePast.put("publishedOn", anHourAgo.toLocalDate().toString());
        scheduledInThePast.put("publishTime", anHourAgo.format(TIME));
        scheduledInThePast.put("state", "scheduled");

        Document refused = Html.of(TestArticles.submit(mvc, "/admin/articles", scheduledInThePast)
                .andExpect(status().isUnprocessableContent()));
        assertThat(refused.select("#state-error").text()).isNotBlank();
        assertThat(refused.selectFirst("input[name=state][value=scheduled]").hasAttr("checked")).isTrue();
        assertThat(refused.selectFirst("input[name=publishTime]").val()).isEqualTo(anHourAgo.format(TIME));

        LocalDateTime tomorrow = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1);
        Map<String, String> publishedInTheFuture = TestArticles.fields("published-in-the-future");
        publishedInTheFuture.put("publishedOn", tomorrow.toLocalDate().toString());
        publishedInTheFuture.put("publishTime", tomorrow.format(TIME));
        TestArticles.submit(mvc, "/admin/articles", publishedInTheFuture).andExpect(status().isUnprocessableContent());

        mvc.perform(get("/articles/scheduled-in-the-past")).andExpect(status().isNotFound());
        mvc.perform(get("/articles/published-in-the-future")).andExpect(status().isNotFound());
    }

    @Test
    void articlesFromBeforeTimesKeepTheirDayAtMidnight() throws Exception {
        LocalDateTime guide = jdbc.queryForObject("SELECT publish_at FROM article WHERE slug = 'django-or-flask-decision-guide'",
                LocalDateTime.class);
        assertThat(guide.toLocalTime()).isEqualTo(LocalTime.MIDNIGHT);

        long id = jdbc.queryForObject("SELECT id FROM article WHERE slug = 'django-or-flask-decision-guide'", Long.class);
        Document editor = Html.of(mvc.perform(get("/admin/articles/{id}/edit", id).with(Admin.admin())).andExpect(status().isOk()));
        assertThat(editor.selectFirst("input[name=publishedOn]").val()).isEqualTo(guide.toLocalDate().toString());
        assertThat(editor.selectFirst("input[name=publishTime]").val()).isEqualTo("00:00");
        assertThat(editor.selectFirst("input[name=state][value=published]").hasAttr("checked")).isTrue();
    }

    @Test
    void aContentFileMayScheduleAnArticleAndItsRecordStaysTheSameWhenItsTimeComes() throws Exception {
        LocalDateTime inAnHour = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).plusHours(1).withNano(0);
        String inParis = inAnHour.atOffset(ZoneOffset.UTC).withOffsetSameInstant(ZoneOffset.ofHours(2)).toString();
        Map<String, String> texts = new HashMap<>(ContentFiles.shipped().texts());
        texts.put("articles/from-a-file.md", """
                ---
                title: Scheduled in a content file
                summary: Shipped ahead of its time.
                category: guides
                published: %s
                sources: [S1]
                state: scheduled
                ---
                Public once its time has come.
                """.formatted(inParis));
        ContentFiles files = new ContentFiles(texts);

        assertThat(importer.importFiles(files).written()).isEqualTo(1);
        mvc.perform(get("/articles/from-a-file")).andExpect(status().isNotFound());
        String exported = export.files().get("articles/from-a-file.md");
        assertThat(exported).contains("state: scheduled");
        Map<String, String> exportedTexts = new HashMap<>(texts);
        exportedTexts.put("articles/from-a-file.md", exported);
        assertThat(importer.importFiles(new ContentFiles(exportedTexts)).written()).isZero();
        long id = jdbc.queryForObject("SELECT id FROM article WHERE slug = 'from-a-file'", Long.class);
        Document editor = Html.of(mvc.perform(get("/admin/articles/{id}/edit", id).with(Admin.admin())));
        assertThat(editor.selectFirst("input[name=publishTime]").val()).isEqualTo(inAnHour.format(DateTimeFormatter.ofPattern("HH:mm:ss")));

        clock.advance(Duration.ofHours(2));

        mvc.perform(get("/articles/from-a-file")).andExpect(status().isOk());
        ContentImporter.Report again = importer.importFiles(files);
        assertThat(again.written()).isZero();
        assertThat(again.heldBack()).isZero();
    }

    private void assertNotPublic(String slug) throws Exception {
        String path = "/articles/" + slug;
        mvc.perform(get(path)).andExpect(status().isNotFound());
        assertThat(Html.of(mvc.perform(get("/"))).select("a[href=" + path + "]")).isEmpty();
        assertThat(Html.of(mvc.perform(get("/articles"))).select("a[href=" + path + "]")).isEmpty();
        assertThat(Html.of(mvc.perform(get("/articles?category=guides"))).select("a[href=" + path + "]")).isEmpty();
        assertThat(Html.of(mvc.perform(get("/search").param("q", "quokka"))).select("a[href=" + path + "]")).isEmpty();
        assertThat(mvc.perform(get("/feed.xml")).andReturn().getResponse().getContentAsString()).doesNotContain(path);
        assertThat(mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString()).doesNotContain(path);
        assertThat(Html.of(mvc.perform(get(NEIGHBOUR))).select("a[href=" + path + "]")).isEmpty();
        mvc.perform(post(path + "/comments").with(PageToken.from(mvc, NEIGHBOUR)).with(Clients.fresh())
                .param("name", "Reader").param("body", "Too early.")).andExpect(status().isNotFound());
        mvc.perform(post(path + "/hearts").with(PageToken.from(mvc, NEIGHBOUR)).with(Clients.fresh()))
                .andExpect(status().isNotFound());
    }
}
