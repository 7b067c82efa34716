package com.frameworkfork.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.springframework.stereotype.Service;

/**
 * Finds whole words, stemmed (migrating finds migration), across everything the features offer,
 * forgiving a typo in longer words, ranking matches in titles above matches in the text, and marks
 * the matched words in each result's title and excerpt.
 */
@Service
public class SearchService {

    public static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_WORDS = 8;
    static final int MAX_RESULTS = 30;
    static final int EXCERPT_WORDS = 30;
    /** Each of these finds something in the shipped content; a test keeps it that way. */
    static final List<String> SUGGESTIONS = List.of("admin", "performance", "security", "async", "migration");

    private static final float TITLE_BOOST = 4f;
    private static final float FUZZY_TITLE_BOOST = 1.5f;
    private static final float FUZZY_TEXT_BOOST = 0.4f;
    private static final Pattern WORDS = Pattern.compile("\\S+");

    private final SearchIndex index;
    private final Clock clock;

    SearchService(SearchIndex index, Clock clock) {
        this.index = index;
        this.clock = clock;
    }

    public SearchResults search(String rawQuery) {
        String query = normalise(rawQuery);
        List<String> terms = terms(query);
        if (terms.isEmpty()) {
            return new SearchResults(query, List.of(), SUGGESTIONS);
        }
        try {
            IndexSearcher searcher = index.searcher();
            Query matching = matching(terms);
            Query visibleNow = new BooleanQuery.Builder()
                    .add(matching, BooleanClause.Occur.MUST)
                    .add(LongPoint.newRangeQuery(SearchIndex.VISIBLE_FROM, Long.MIN_VALUE, clock.millis()), BooleanClause.Occur.FILTER)
                    .build();
            TopDocs top = searcher.search(visibleNow, MAX_RESULTS);
            List<SearchHit> hits = hits(searcher, matching, top);
            return new SearchResults(query, hits, hits.isEmpty() ? SUGGESTIONS : List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Trims and cuts to the maximum length, before the word it would split, or else without splitting a surrogate pair. */
    static String normalise(String rawQuery) {
        String query = rawQuery == null ? "" : rawQuery.strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            int end = Character.isHighSurrogate(query.charAt(MAX_QUERY_LENGTH - 1)) ? MAX_QUERY_LENGTH - 1 : MAX_QUERY_LENGTH;
            if (!Character.isWhitespace(query.charAt(end))) {
                int lastSpace = lastWhitespace(query, end);
                end = lastSpace > 0 ? lastSpace : end;
            }
            query = query.substring(0, end).strip();
        }
        return query;
    }

    private static int lastWhitespace(String text, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The query's words as the index holds them: lower case, stemmed, without stop words. */
    private List<String> terms(String query) {
        Set<String> terms = new LinkedHashSet<>();
        Analyzer analyzer = index.analyzer();
        try (TokenStream tokens = analyzer.tokenStream(SearchIndex.TEXT, query)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && terms.size() < MAX_WORDS) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(terms);
    }

    /** Every word must be found, exactly or with a typo; a short word only exactly, so "orm" never finds "form". */
    private Query matching(List<String> terms) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String term : terms) {
            BooleanQuery.Builder word = new BooleanQuery.Builder()
                    .add(new BoostQuery(new TermQuery(new Term(SearchIndex.TITLE, term)), TITLE_BOOST), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(SearchIndex.TEXT, term)), BooleanClause.Occur.SHOULD);
            int typos = term.length() >= 7 ? 2 : term.length() >= 5 ? 1 : 0;
            if (typos > 0) {
                word.add(new BoostQuery(new FuzzyQuery(new Term(SearchIndex.TITLE, term), typos, 1), FUZZY_TITLE_BOOST),
                        BooleanClause.Occur.SHOULD);
                word.add(new BoostQuery(new FuzzyQuery(new Term(SearchIndex.TEXT, term), typos, 1), FUZZY_TEXT_BOOST),
                        BooleanClause.Occur.SHOULD);
            }
            all.add(word.build(), BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    /** Marks what {@code query} matches; it must hold no point query, which stops Lucene's highlighter marking anything. */
    private List<SearchHit> hits(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builderWithoutSearcher(index.analyzer())
                .withFormatter(new SegmentsFormatter())
                .withMaxLength(200_000)
                .build();
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc found : top.scoreDocs) {
            Document document = searcher.storedFields().document(found.doc);
            String title = document.get(SearchIndex.TITLE);
            String text = document.get(SearchIndex.TEXT);
            hits.add(new SearchHit(document.get(SearchIndex.KIND), document.get(SearchIndex.WHERE),
                    document.get(SearchIndex.PATH),
                    segmentsOr(highlighter.highlightWithoutSearcher(SearchIndex.TITLE, query, title, 1), title),
                    segmentsOr(highlighter.highlightWithoutSearcher(SearchIndex.TEXT, query, text, 1), opening(text))));
        }
        return hits;
    }

    @SuppressWarnings("unchecked")
    private static List<Segment> segmentsOr(Object highlighted, String plain) {
        return highlighted == null ? List.of(new Segment(plain, false)) : (List<Segment>) highlighted;
    }

    /** The text's first words, for a result that matched only in its title. */
    private static String opening(String text) {
        Matcher word = WORDS.matcher(text);
        int words = 0;
        int end = 0;
        while (word.find() && words < EXCERPT_WORDS) {
            end = word.end();
            words++;
        }
        return end < text.length() ? text.substring(0, end) + " …" : text;
    }
}
