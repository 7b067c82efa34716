package com.frameworkfork.article;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** What an article or category slug may look like: lowercase letters, digits and single hyphens. */
final class Slugs {

    static final String REGEX = "[a-z0-9]+(-[a-z0-9]+)*";
    static final Pattern SLUG = Pattern.compile(REGEX);
    static final int MAX_LENGTH = 120;

    /** Room left for a "-2" or "-17" when the stem is taken. */
    private static final int MAX_STEM_LENGTH = 100;
    private static final String STEM_OF_NOTHING = "article";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");
    /** Letters that Unicode decomposition leaves whole, written the way English spells them. */
    private static final Map<String, String> SPELLED_OUT = Map.of("ß", "ss", "æ", "ae", "œ", "oe", "ø", "o",
            "đ", "d", "ð", "d", "þ", "th", "ł", "l", "ı", "i", "ħ", "h");

    private Slugs() {
    }

    static boolean valid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && SLUG.matcher(slug).matches();
    }

    /**
     * The slug a title suggests: lowercase ASCII, accents dropped, everything else a hyphen. Written
     * here because Slugify without ICU drops ß, æ and ø altogether, and ICU4J is 14 MB for one hint of
     * the editor. A title with no Latin letters or digits at all gives {@value #STEM_OF_NOTHING}.
     */
    static String stemOf(String title) {
        String lower = title == null ? "" : title.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> letter : SPELLED_OUT.entrySet()) {
            lower = lower.replace(letter.getKey(), letter.getValue());
        }
        String ascii = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFKD)).replaceAll("");
        String hyphenated = trimHyphens(NOT_LETTER_OR_DIGIT.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-"));
        if (hyphenated.length() > MAX_STEM_LENGTH) {
            String cut = hyphenated.substring(0, MAX_STEM_LENGTH);
            int lastHyphen = cut.lastIndexOf('-');
            hyphenated = trimHyphens(lastHyphen > 0 ? cut.substring(0, lastHyphen) : cut);
        }
        return hyphenated.isEmpty() ? STEM_OF_NOTHING : hyphenated;
    }

    private static String trimHyphens(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }
}
