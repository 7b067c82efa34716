package com.frameworkfork.comment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextTest {

    @Test
    void normalizingKeepsLineBreaksAndDropsInvisibleCharacters() {
        assertThat(PlainText.normalize("  one\r\ntwo\rthree\u0000\tfour \n")).isEqualTo("one\ntwo\nthree\tfour");
        assertThat(PlainText.normalize(null)).isEmpty();
        assertThat(PlainText.normalize(" \u2003\n ")).isEmpty();
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        assertThat(PlainText.length("🙂🙂")).isEqualTo(2);
        assertThat(PlainText.length("héllo")).isEqualTo(5);
    }
}
