package com.frameworkfork.comment;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.frameworkfork.support.Clients;
import com.frameworkfork.support.Html;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.SiteTest;
import com.frameworkfork.support.TestArticles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SiteTest
class CommentPostingTest {

    @Autowired
    MockMvc mvc;

    /** A reader's CSRF token and cookie, as a page hands them out. */
    private RequestPostProcessor token;

    @BeforeEach
    void takeAReadersToken() throws Exception {
        token = PageToken.reader(mvc);
    }

    @Autowired
    CommentRepository comments;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anArticleWithoutCommentsInvitesTheFirstOne() throws Exception {
        TestArticles.create(mvc, "no-comments-yet");

        Document page = Html.of(mvc.perform(get("/articles/no-comments-yet")).andExpect(status().isOk()));

        assertThat(page.select("[data-testid=comment-count]").text()).isEqualTo("0");
        assertThat(page.select("[data-testid=comment-empty]")).hasSize(1);
        Element form = page.selectFirst("form[action=/articles/no-comments-yet/comments#comment-form]");
        assertThat(form).isNotNull();
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.select("input[name=name]")).hasSize(1);
        assertThat(form.select("textarea[name=body]")).hasSize(1);
        assertThat(form.select("input[name=_csrf]")).hasSize(1);
        assertThat(form.text()).contains("Shown next to your comment");
        assertThat(form.select(".hp-field[aria-hidden=true] input[name=website][tabindex=-1]")).hasSize(1);
        assertThat(form.select("label[for=comment-website]").text()).isEqualTo("Leave this empty");
    }

    @Test
    void aValidCommentIsStoredAndShownNewestFirst() throws Exception {
        TestArticles.create(mvc, "happy-path");

        String location = postComment("happy-path", "Ada", "First!")
                .andExpect(status().isSeeOther())
                .andReturn().getResponse().getHeader("Location");
        assertThat(location).matches("/articles/happy-path#comment-\\d+");
        postComment("happy-path", "  Grace  ", "Second, with\na line break.").andExpect(status().isSeeOther());

        Document page = Html.of(mvc.perform(get("/articles/happy-path")).andExpect(status().isOk()));
        assertThat(page.select("[data-testid=comment-count]").text()).isEqualTo("2");
        assertThat(page.select("[data-testid=comment-empty]")).isEmpty();
        assertThat(page.select("li#" + location.substring(location.indexOf('#') + 1))).hasSize(1);
        assertThat(page.select("li[data-testid=comment] .comment-author").eachText()).containsExactly("Grace", "Ada");
        Element newest = page.selectFirst("li[data-testid=comment]");
        assertThat(newest.selectFirst("time").text()).isEqualTo("just now");
        assertThat(newest.selectFirst("time").attr("datetime")).matches("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
        assertThat(newest.selectFirst(".comment-body").wholeText()).isEqualTo("Second, with\na line break.");
    }

    @Test
    void browserLineBreaksCountAsOneCharacter() throws Exception {
        TestArticles.create(mvc, "crlf");

        postComment("crlf", "Ada", "a\r\n".repeat(1999) + "ab").andExpect(status().isSeeOther());

        assertThat(comments.findAll()).anyMatch(c -> c.getBody().equals("a\n".repeat(1999) + "ab"));
    }

    @Test
    void anEmptyCommentIsRefusedAndTheNameKept() throws Exception {
        TestArticles.create(mvc, "empty-body");
        long before = comments.count();

        Document page = Html.of(postComment("empty-body", "Ada Lovelace", "")
                .andExpect(status().isUnprocessableContent()));

        assertThat(page.select("h1").text()).isEqualTo("Title of empty-body");
        assertThat(page.select("#comment-body-error").text()).isEqualTo("Your comment is empty. Write up to 4,000 characters.");
        assertThat(page.selectFirst("textarea[name=body]").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("textarea[name=body]").attr("aria-describedby")).contains("comment-body-error");
        assertThat(page.selectFirst("input[name=name]").val()).isEqualTo("Ada Lovelace");
        assertThat(page.selectFirst("input[name=name]").hasAttr("aria-invalid")).isFalse();
        assertThat(page.select("[data-testid=comment-error-summary] a[href=#comment-body]")).hasSize(1);
        assertThat(comments.count()).isEqualTo(before);
    }

    @Test
    void whitespaceOnlyCountsAsEmpty() throws Exception {
        TestArticles.create(mvc, "whitespace");

        Document page = Html.of(postComment("whitespace", "   ", " \n\t ").andExpect(status().isUnprocessableContent()));

        assertThat(page.select("#comment-name-error").text()).isEqualTo("Please enter a display name (up to 60 characters).");
        assertThat(page.select("#comment-body-error").text()).isEqualTo("Your comment is empty. Write up to 4,000 characters.");
    }

    @Test
    void aTooLongCommentIsRefusedWithItsLengthAndKeptWhole() throws Exception {
        TestArticles.create(mvc, "too-long");
        String text = "Long thoughts.\n" + "x".repeat(4198);

        Document page = Html.of(postComment("too-long", "Ada", text).andExpect(status().isUnprocessableContent()));

        assertThat(page.select("#comment-body-error").text())
                .isEqualTo("Your comment is 4,213 characters long; the limit is 4,000 characters.");
        assertThat(page.selectFirst("textarea[name=body]").wholeText()).isEqualTo(text);
        assertThat(page.selectFirst("input[name=name]").val()).isEqualTo("Ada");
    }

    @Test
    void aTooLongNameIsRefusedAndTheCommentKept() throws Exception {
        TestArticles.create(mvc, "long-name");

        Document page = Html.of(postComment("long-name", "n".repeat(61), "A fine comment.")
                .andExpect(status().isUnprocessableContent()));

        assertThat(page.select("#comment-name-error").text())
                .isEqualTo("Your display name is 61 characters long; the limit is 60 characters.");
        assertThat(page.select("#comment-body-error")).isEmpty();
        assertThat(page.selectFirst("input[name=name]").val()).isEqualTo("n".repeat(61));
        assertThat(page.selectFirst("textarea[name=body]").wholeText()).isEqualTo("A fine comment.");
    }

    @Test
    void theLimitCountsCharactersAsReadersDo() throws Exception {
        TestArticles.create(mvc, "emoji");
        String fourThousandEmoji = "🙂".repeat(4000);

        postComment("emoji", "Ada", fourThousandEmoji).andExpect(status().isSeeOther());
        Document page = Html.of(postComment("emoji", "Ada", fourThousandEmoji + "🙂")
                .andExpect(status().isUnprocessableContent()));

        assertThat(page.select("#comment-body-error").text()).as("counted as a reader counts").contains("4,001", "4,000");
        assertThat(page.select("[data-testid=comment-count]").text()).isEqualTo("1");
    }

    @Test
    void commentsArePlainTextAndNeverMarkup() throws Exception {
        TestArticles.create(mvc, "escaping");
        String body = "<script>alert('x')</script>\n<a href=\"https://evil.example\">click</a> https://example.org";

        // With links in it the comment waits for review: first its author's page shows it, then, approved, the thread.
        String held = URI.create(postComment("escaping", "<b>Mallory</b>", body).andExpect(status().isSeeOther())
                .andReturn().getResponse().getRedirectedUrl()).getPath();
        assertPlainText(mvc.perform(get(held)).andReturn().getResponse().getContentAsString(), "[data-testid=comment-held]", body);

        long id = jdbc.queryForObject("SELECT id FROM comment WHERE body = ?", Long.class, body);
        mvc.perform(post("/admin/comments/{id}/visibility", id).with(PageToken.asAdmin(mvc)).param("hidden", "false"))
                .andExpect(status().isSeeOther());
        assertPlainText(mvc.perform(get("/articles/escaping")).andReturn().getResponse().getContentAsString(),
                "li[data-testid=comment]", body);
    }

    private static void assertPlainText(String html, String comment, String body) {
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>alert");
        assertThat(html).contains("&lt;b&gt;Mallory&lt;/b&gt;");
        Document page = org.jsoup.Jsoup.parse(html);
        assertThat(page.select("a[href=https://evil.example], a[href=https://example.org]")).isEmpty();
        assertThat(page.selectFirst(comment + " .comment-body").wholeText()).isEqualTo(body);
        assertThat(page.selectFirst(comment + " .comment-author").text()).isEqualTo("<b>Mallory</b>");
    }

    @Test
    void aFilledHoneypotLooksLikeSuccessButStoresNothing() throws Exception {
        TestArticles.create(mvc, "honeypot");

        mvc.perform(post("/articles/honeypot/comments").with(token).with(Clients.fresh())
                        .param("name", "Bot").param("body", "Buy now").param("website", "https://spam.example"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/articles/honeypot#comments"));

        Document page = Html.of(mvc.perform(get("/articles/honeypot")));
        assertThat(page.select("[data-testid=comment-count]").text()).isEqualTo("0");
        assertThat(page.text()).doesNotContain("Buy now");
    }

    @Test
    void commentsNeedAPublishedArticleAndACsrfToken() throws Exception {
        mvc.perform(post("/articles/no-such-article/comments").with(token).with(Clients.fresh())
                        .param("name", "Ada").param("body", "Hello"))
                .andExpect(status().isNotFound());
        TestArticles.create(mvc, "csrf");
        mvc.perform(post("/articles/csrf/comments").with(Clients.fresh()).param("name", "Ada").param("body", "Hello"))
                .andExpect(status().isForbidden());
    }

    /** Characters that hide themselves or turn the text around them, so one name can pass for another. */
    private static final Map<String, String> HIDDEN_OR_TURNING = Map.ofEntries(
            Map.entry("right-to-left override", "\u202E"), Map.entry("left-to-right override", "\u202D"),
            Map.entry("right-to-left embedding", "\u202B"), Map.entry("left-to-right embedding", "\u202A"),
            Map.entry("pop directional formatting", "\u202C"), Map.entry("right-to-left isolate", "\u2067"),
            Map.entry("left-to-right isolate", "\u2066"), Map.entry("first strong isolate", "\u2068"),
            Map.entry("pop directional isolate", "\u2069"), Map.entry("left-to-right mark", "\u200E"),
            Map.entry("right-to-left mark", "\u200F"), Map.entry("Arabic letter mark", "\u061C"),
            Map.entry("zero-width space", "\u200B"), Map.entry("zero-width non-joiner between Latin letters", "\u200C"),
            Map.entry("zero-width joiner between Latin letters", "\u200D"), Map.entry("word joiner", "\u2060"),
            Map.entry("byte order mark", "\uFEFF"), Map.entry("soft hyphen", "\u00AD"),
            Map.entry("Hangul filler", "\u3164"));

    @Test
    void namesWithHiddenOrDirectionTurningCharactersAreRefusedAndKeptAsTyped() throws Exception {
        TestArticles.create(mvc, "hidden-names");
        long before = comments.count();
        for (Map.Entry<String, String> hidden : HIDDEN_OR_TURNING.entrySet()) {
            String typed = "Ad" + hidden.getValue() + "min";

            Document page = Html.of(postComment("hidden-names", typed, "A fine comment.")
                    .andExpect(status().isUnprocessableContent()));

            assertThat(page.select("#comment-name-error").text()).as(hidden.getKey()).isNotBlank();
            assertThat(page.selectFirst("input[name=name]").attr("aria-invalid")).as(hidden.getKey()).isEqualTo("true");
            assertThat(page.selectFirst("input[name=name]").val()).as(hidden.getKey()).isEqualTo(typed);
            assertThat(page.selectFirst("textarea[name=body]").wholeText()).isEqualTo("A fine comment.");
        }
        assertThat(comments.count()).isEqualTo(before);
    }

    @Test
    void namesInEveryScriptAreWelcome() throws Exception {
        TestArticles.create(mvc, "names-everywhere");
        List<String> names = List.of("محمد عبد الله", "דוד לוי", "王小明", "田中 さくら", "김민준", "José Müller-Ångström",
                "Zoë Ó Briain", "Ада Лавлейс", "अनुष्का शर्मा", "Ada 🙂", "👩‍💻 Grace", "🏳️‍🌈 Sam", "👨🏽‍💻 Kofi",
                "نیک\u200Cنام", "Αλέξανδρος");
        for (String name : names) {
            postComment("names-everywhere", name, "Hello from " + name + ".").andExpect(status().isSeeOther());
        }
        Document page = Html.of(mvc.perform(get("/articles/names-everywhere")).andExpect(status().isOk()));
        assertThat(page.select("li[data-testid=comment] .comment-author").eachText())
                .containsExactlyInAnyOrderElementsOf(names);
    }

    @Test
    void lookAlikeCompatibilityFormsOfANameAreStoredAsTheOrdinaryCharacters() throws Exception {
        TestArticles.create(mvc, "look-alikes");
        postComment("look-alikes", "ＡＤＭＩＮ", "Fullwidth letters.").andExpect(status().isSeeOther());
        postComment("look-alikes", "ﬁona", "A ligature.").andExpect(status().isSeeOther());

        Document page = Html.of(mvc.perform(get("/articles/look-alikes")).andExpect(status().isOk()));
        assertThat(page.select("li[data-testid=comment] .comment-author").eachText())
                .containsExactlyInAnyOrder("ADMIN", "fiona");
    }

    @Test
    void commentsMayHoldRightToLeftTextButNotCharactersThatTurnItAround() throws Exception {
        TestArticles.create(mvc, "rtl-bodies");
        String mixed = "I use Django: \u200Fאני משתמש ב-Django\u200F, وأنا أستخدم Flask.";
        postComment("rtl-bodies", "Noa", mixed).andExpect(status().isSeeOther());
        for (String turning : List.of("\u202E", "\u202D", "\u202B", "\u2067", "\u2066")) {
            String typed = "Open invoice" + turning + "fdp.exe";

            Document page = Html.of(postComment("rtl-bodies", "Eve", typed).andExpect(status().isUnprocessableContent()));

            assertThat(page.select("#comment-body-error").text()).isNotBlank();
            assertThat(page.selectFirst("textarea[name=body]").wholeText()).isEqualTo(typed);
        }
        Document page = Html.of(mvc.perform(get("/articles/rtl-bodies")).andExpect(status().isOk()));
        assertThat(page.select("li[data-testid=comment] .comment-body").eachText()).containsExactly(mixed);
    }

    private ResultActions postComment(String slug, String name, String body) throws Exception {
        return mvc.perform(post("/articles/{slug}/comments", slug).with(token).with(Clients.fresh())
                .param("name", name).param("body", body).param("website", ""));
    }
}
