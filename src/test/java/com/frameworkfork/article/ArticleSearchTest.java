package com.frameworkfork.article;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleSearchTest {

    @Test
    void queriesAreTrimmedAndCutToTwoHundredCharacters() {
        assertThat(ArticleSearch.normalise(null)).isEmpty();
        assertThat(ArticleSearch.normalise("  flask  ")).isEqualTo("flask");
        assertThat(ArticleSearch.normalise("x".repeat(500))).hasSize(200);
    }

    @Test
    void cuttingNeverSplitsASurrogatePair() {
        String query = "a".repeat(199) + "😀" + "b";

        String cut = ArticleSearch.normalise(query);

        assertThat(cut).hasSize(199);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
    }

    @Test
    void wordsAreSplitOnWhitespaceDeduplicatedIgnoringCaseAndCapped() {
        assertThat(ArticleSearch.words("Flask  flask\tDjango admin")).containsExactly("Flask", "Django", "admin");
        assertThat(ArticleSearch.words("a b c d e f g h i j k")).hasSize(ArticleSearch.MAX_WORDS);
    }

    @Test
    void likeWildcardsAndTheEscapeCharacterAreEscaped() {
        assertThat(ArticleSearch.escapeLike("100%")).isEqualTo("100!%");
        assertThat(ArticleSearch.escapeLike("snake_case")).isEqualTo("snake!_case");
        assertThat(ArticleSearch.escapeLike("wow!")).isEqualTo("wow!!");
        assertThat(ArticleSearch.escapeLike("' OR 1=1 --")).isEqualTo("' OR 1=1 --");
    }

    @Test
    void excerptKeepsAboutThirtyWordsAroundTheMatch() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            text.append("w").append(i).append(' ');
        }
        String body = text.toString().strip();

        String excerpt = ArticleSearch.excerpt(body, body.indexOf("w50"));

        assertThat(excerpt).startsWith("… w40 ").endsWith(" w69 …");
        assertThat(excerpt.replace("…", "").strip().split(" ")).hasSize(ArticleSearch.SNIPPET_WORDS);
        assertThat(ArticleSearch.excerpt(body, 0)).startsWith("w0 ").endsWith(" w29 …");
        assertThat(ArticleSearch.excerpt("short text", 6)).isEqualTo("short text");
    }

    @Test
    void theExcerptCentresOnTheRarestWordOfTheQuery() {
        String text = "Django here, Django there, and once manage.py with Django again.";

        assertThat(ArticleSearch.firstMatchOfRarestWord(text, List.of("django", "MANAGE.PY"))).isEqualTo(text.indexOf("manage.py"));
        assertThat(ArticleSearch.firstMatchOfRarestWord(text, List.of("flask"))).isEqualTo(-1);
    }

    @Test
    void segmentsMarkEveryMatchIgnoringCaseAndKeepTheTextIntact() {
        Pattern words = Pattern.compile(Pattern.quote("flask"), Pattern.CASE_INSENSITIVE);

        List<Segment> segments = ArticleSearch.segments("Flask or flask? <b>FLASK</b>", words);

        assertThat(segments).containsExactly(
                new Segment("Flask", true), new Segment(" or ", false), new Segment("flask", true),
                new Segment("? <b>", false), new Segment("FLASK", true), new Segment("</b>", false));
    }

    @Test
    void plainTextDropsTagsAndDecodesTheRenderersEntities() {
        String html = new MarkdownRenderer().render("## Setup\n\nRun **`manage.py migrate`** & read [the docs](/x) about <script>.").html();

        assertThat(PlainText.fromRenderedHtml(html)).isEqualTo("Setup Run manage.py migrate & read the docs about <script>.");
        assertThat(PlainText.fromRenderedHtml(new MarkdownRenderer().render("- one\n- two\n\n| a | b |\n|---|---|\n| c | d |").html()))
                .isEqualTo("one two a b c d");
        assertThat(PlainText.fromRenderedHtml(null)).isEmpty();
    }
}
