package com.frameworkfork.comparison;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.frameworkfork.comparison.CitationNumbering.BackLink;
import com.frameworkfork.comparison.CitationNumbering.Citation;
import com.frameworkfork.comparison.CitationNumbering.Entry;
import com.frameworkfork.source.SourceKind;
import com.frameworkfork.source.SourceView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CitationNumberingTest {

    private static SourceView source(String code) {
        return new SourceView(code, code, "Title " + code, "Publisher " + code, "June 2026", SourceKind.SECONDARY,
                null, null, null, null);
    }

    @Test
    void sourcesAreNumberedInTheOrderOfTheirFirstCitationAndKeepTheirNumber() {
        CitationNumbering numbering = new CitationNumbering();

        List<Citation> citations = List.of(numbering.cite(source("S5")), numbering.cite(source("S2")),
                numbering.cite(source("S5")), numbering.cite(source("S1")), numbering.cite(source("S2")));

        assertThat(citations).extracting(Citation::number).containsExactly(1, 2, 1, 3, 2);
        assertThat(numbering.entries()).extracting(e -> e.source().code()).containsExactly("S5", "S2", "S1");
        assertThat(numbering.entries()).extracting(Entry::number).containsExactly(1, 2, 3);
    }

    @Test
    void everyCitationTargetsItsSourcesEntryAndEveryBackLinkTargetsACitationOfThatSource() {
        CitationNumbering numbering = new CitationNumbering();
        List<String> codes = List.of("A", "B", "A", "C", "A", "B");
        List<Citation> citations = codes.stream().map(code -> numbering.cite(source(code))).toList();
        List<Entry> entries = numbering.entries();

        Set<String> citationIds = new HashSet<>();
        citations.forEach(c -> assertThat(citationIds.add(c.id())).as("citation id %s unique", c.id()).isTrue());
        Set<String> entryIds = new HashSet<>();
        entries.forEach(e -> assertThat(entryIds.add(e.id())).as("entry id %s unique", e.id()).isTrue());
        assertThat(citationIds).doesNotContainAnyElementsOf(entryIds);

        for (Citation citation : citations) {
            Entry entry = entries.stream().filter(e -> e.id().equals(citation.target())).findFirst().orElseThrow();
            assertThat(entry.source()).isEqualTo(citation.source());
            assertThat(entry.number()).isEqualTo(citation.number());
        }
        for (Entry entry : entries) {
            List<Citation> citing = citations.stream().filter(c -> c.source().equals(entry.source())).toList();
            assertThat(entry.backLinks()).extracting(BackLink::target).containsExactlyElementsOf(citing.stream().map(Citation::id).toList());
            assertThat(entry.backLinks()).extracting(BackLink::letter).doesNotHaveDuplicates();
        }
        assertThat(entries.stream().mapToInt(e -> e.backLinks().size()).sum()).isEqualTo(citations.size());
    }

    @Test
    void aCitationCarriesTheSourcesFullNameForItsTitleAndAccessibleName() {
        Citation citation = new CitationNumbering().cite(source("S3"));

        assertThat(citation.name()).contains("Publisher S3").contains("Title S3").contains("June 2026");
        assertThat(citation.accessibleName()).startsWith("Source 1: ").endsWith(citation.name());
    }

    @Test
    void backLinkLettersRunPastTheAlphabetWithoutRepeating() {
        Set<String> letters = new HashSet<>();
        for (int i = 0; i < 26 * 27 + 5; i++) {
            assertThat(letters.add(CitationNumbering.letter(i))).as("letter %d", i).isTrue();
        }
        assertThat(List.of(CitationNumbering.letter(0), CitationNumbering.letter(25), CitationNumbering.letter(26),
                CitationNumbering.letter(27))).containsExactly("a", "z", "aa", "ab");
    }
}
