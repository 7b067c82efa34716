package com.frameworkfork.article;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds public articles containing every word of a query in their title, summary or body. Matching
 * happens in the database through bound parameters; ranking and excerpts happen here, on plain text.
 */
@Service
class ArticleSearch {

    public static final int MAX_QUERY_LENGTH = 200;

    /** Each word costs one query, so a pasted paragraph must not turn into hundreds of them. */
    static final int MAX_WORDS = 8;

    static final int SNIPPET_WORDS = 30;

    /** Words before the first match, so the excerpt shows what leads up to it. */
    private static final int WORDS_BEFORE_MATCH = 10;

    private static final char LIKE_ESCAPE = '!';

    private static final Pattern WORD = Pattern.compile("\\S+");

    /** Each of these finds at least one seeded article; a test keeps it that way. */
    static final List<String> SUGGESTIONS = List.of("admin", "performance", "security", "extensions", "migration");

    private final ArticleRepository articles;
    private final Clock clock;

    ArticleSearch(ArticleRepository articles, Clock clock) {
        this.articles = articles;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SearchResults search(String rawQuery) {
        String query = normalise(rawQuery);
        List<String> words = words(query);
        if (words.isEmpty()) {
            return new SearchResults("", List.of(), SUGGESTIONS);
        }
        Pattern highlight = highlightPattern(words);
        List<SearchHit> hits = matchingEveryWord(words).stream()
                .sorted(Comparator.comparingInt((Article a) -> rank(a, highlight))
                        .thenComparing(Article::getPublishAt, Comparator.reverseOrder())
                        .thenComparing(Article::getId, Comparator.reverseOrder()))
                .map(article -> new SearchHit(ArticleSummary.of(article),
                        segments(article.getTitle(), highlight),
                        snippet(article, words, highlight)))
                .toList();
        return new SearchResults(query, hits, hits.isEmpty() ? SUGGESTIONS : List.of());
    }

    /** Trims and cuts to the maximum length without splitting a surrogate pair. */
    static String normalise(String rawQuery) {
        String query = rawQuery == null ? "" : rawQuery.strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            int end = Character.isHighSurrogate(query.charAt(MAX_QUERY_LENGTH - 1)) ? MAX_QUERY_LENGTH - 1 : MAX_QUERY_LENGTH;
            query = query.substring(0, end).strip();
        }
        return query;
    }

    static List<String> words(String query) {
        Map<String, String> byLowerCase = new LinkedHashMap<>();
        Matcher matcher = WORD.matcher(query);
        while (matcher.find() && byLowerCase.size() < MAX_WORDS) {
            byLowerCase.putIfAbsent(matcher.group().toLowerCase(Locale.ROOT), matcher.group());
        }
        return List.copyOf(byLowerCase.values());
    }

    /** Makes the reader's {@code %} and {@code _} match themselves rather than act as LIKE wildcards. */
    static String escapeLike(String word) {
        StringBuilder escaped = new StringBuilder(word.length() + 4);
        for (char c : word.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                escaped.append(LIKE_ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    private List<Article> matchingEveryWord(List<String> words) {
        Map<Long, Article> found = null;
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (String word : words) {
            Map<Long, Article> withWord = new LinkedHashMap<>();
            for (Article article : articles.findPublicContaining(escapeLike(word), now)) {
                withWord.put(article.getId(), article);
            }
            if (found != null) {
                withWord.keySet().retainAll(found.keySet());
            }
            found = withWord;
            if (found.isEmpty()) {
                break;
            }
        }
        return found == null ? List.of() : new ArrayList<>(found.values());
    }

    private static Pattern highlightPattern(List<String> words) {
        // Longest first, so "flask-sqlalchemy" wins over "flask" where both match.
        String alternatives = words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b)
                .orElseThrow();
        return Pattern.compile(alternatives, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Title hits first, then summary hits, then the rest (body hits). */
    private static int rank(Article article, Pattern highlight) {
        if (highlight.matcher(article.getTitle()).find()) {
            return 0;
        }
        if (highlight.matcher(article.getSummary()).find()) {
            return 1;
        }
        return 2;
    }

    /**
     * About thirty words of the body around the first match of the query's rarest word in it, which is
     * likelier to show what the reader is after than the tenth "Django"; the summary when only the title
     * or summary matched; the body's opening words when the match lies in Markdown that readers never see.
     */
    private static List<Segment> snippet(Article article, List<String> words, Pattern highlight) {
        String body = PlainText.fromRenderedHtml(article.getBodyHtml());
        int around = firstMatchOfRarestWord(body, words);
        if (around >= 0) {
            return segments(excerpt(body, around), highlight);
        }
        if (rank(article, highlight) < 2) {
            return segments(article.getSummary(), highlight);
        }
        return segments(excerpt(body, 0), highlight);
    }

    /** Returns -1 when no word occurs in the text. */
    static int firstMatchOfRarestWord(String text, List<String> words) {
        int bestStart = -1;
        int bestCount = Integer.MAX_VALUE;
        for (String word : words) {
            Matcher match = Pattern.compile(Pattern.quote(word), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(text);
            int count = 0;
            int start = -1;
            while (match.find()) {
                if (count++ == 0) {
                    start = match.start();
                }
            }
            if (count > 0 && (count < bestCount || (count == bestCount && start < bestStart))) {
                bestCount = count;
                bestStart = start;
            }
        }
        return bestStart;
    }

    static String excerpt(String text, int around) {
        List<int[]> spans = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        int containing = 0;
        while (word.find()) {
            if (word.start() <= around) {
                containing = spans.size();
            }
            spans.add(new int[] {word.start(), word.end()});
        }
        if (spans.isEmpty()) {
            return "";
        }
        int from = Math.max(0, containing - WORDS_BEFORE_MATCH);
        int to = Math.min(spans.size(), from + SNIPPET_WORDS);
        from = Math.max(0, to - SNIPPET_WORDS);
        String excerpt = text.substring(spans.get(from)[0], spans.get(to - 1)[1]);
        return (from > 0 ? "… " : "") + excerpt + (to < spans.size() ? " …" : "");
    }

    static List<Segment> segments(String text, Pattern highlight) {
        List<Segment> segments = new ArrayList<>();
        Matcher match = highlight.matcher(text);
        int plainFrom = 0;
        while (match.find()) {
            if (match.start() > plainFrom) {
                segments.add(new Segment(text.substring(plainFrom, match.start()), false));
            }
            segments.add(new Segment(match.group(), true));
            plainFrom = match.end();
        }
        if (plainFrom < text.length()) {
            segments.add(new Segment(text.substring(plainFrom), false));
        }
        return segments;
    }
}
