package com.frameworkfork.comment;

import java.text.Normalizer;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/** How reader text is cleaned, measured and checked, the same way for validation and for storage. */
final class PlainText {

    /** Control characters other than tab and line feed: invisible, and some databases refuse NUL. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n]]");

    /** Embeddings, overrides and isolates: they reorder the text around them, so "fdp.exe" can read "exe.pdf". */
    private static final Pattern DIRECTION_CONTROL = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final int EMOJI_PRESENTATION = 0xFE0F;

    /** Letters that draw nothing at all (Hangul fillers); a name made of them looks empty or like another. */
    private static final Set<Integer> BLANK_LETTERS = Set.of(0x115F, 0x1160, 0x3164, 0xFFA0);

    /** Scripts whose spelling uses the zero-width joiners: they change how the letters join, so they show. */
    private static final Set<Character.UnicodeScript> JOINING_SCRIPTS = Set.of(Character.UnicodeScript.ARABIC,
            Character.UnicodeScript.SYRIAC, Character.UnicodeScript.NKO, Character.UnicodeScript.MONGOLIAN,
            Character.UnicodeScript.DEVANAGARI, Character.UnicodeScript.BENGALI, Character.UnicodeScript.GURMUKHI,
            Character.UnicodeScript.GUJARATI, Character.UnicodeScript.ORIYA, Character.UnicodeScript.TAMIL,
            Character.UnicodeScript.TELUGU, Character.UnicodeScript.KANNADA, Character.UnicodeScript.MALAYALAM,
            Character.UnicodeScript.SINHALA, Character.UnicodeScript.MYANMAR, Character.UnicodeScript.KHMER);

    /** What kind of reader text it is; each has its own cleaning and its own refused characters. */
    enum Kind {

        /**
         * A display name. Compatibility forms are folded (Unicode NFKC), so fullwidth letters or
         * ligatures become the ordinary letters they look like, and anything invisible or that turns
         * the text's direction is refused: a name shown next to a comment must not pass for another.
         */
        DISPLAY_NAME {
            @Override
            String normalize(String text) {
                return Normalizer.normalize(PlainText.normalize(text), Normalizer.Form.NFKC);
            }

            @Override
            OptionalInt firstRefused(String normalized) {
                int[] codePoints = normalized.codePoints().toArray();
                for (int i = 0; i < codePoints.length; i++) {
                    int c = codePoints[i];
                    boolean hidden = Character.getType(c) == Character.FORMAT || BLANK_LETTERS.contains(c);
                    if (hidden && !isVisibleJoiner(codePoints, i)) {
                        return OptionalInt.of(c);
                    }
                }
                return OptionalInt.empty();
            }
        },

        /**
         * Comment text. Right-to-left writing needs no help here (marks such as U+200F are allowed),
         * and joiners and zero-width spaces have real uses in running text, so only the characters
         * that reorder what others read are refused.
         */
        COMMENT_BODY {
            @Override
            String normalize(String text) {
                return PlainText.normalize(text);
            }

            @Override
            OptionalInt firstRefused(String normalized) {
                return DIRECTION_CONTROL.matcher(normalized).results()
                        .mapToInt(match -> match.group().codePointAt(0)).findFirst();
            }
        };

        abstract String normalize(String text);

        /** The first character this kind of text may not hold, if any. */
        abstract OptionalInt firstRefused(String normalized);
    }

    private PlainText() {
    }

    /**
     * Browsers send line breaks as CR LF, but a reader (and the live counter) sees one character,
     * so they become LF before anything is counted. Leading and trailing whitespace is dropped.
     */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String lineFeeds = text.replace("\r\n", "\n").replace('\r', '\n');
        return CONTROL.matcher(lineFeeds).replaceAll("").strip();
    }

    /** Characters as a reader counts them: an emoji is one, not two UTF-16 units. */
    static int length(String normalized) {
        return normalized.codePointCount(0, normalized.length());
    }

    /** "U+202E RIGHT-TO-LEFT OVERRIDE": a character a reader cannot see, named so they can find it. */
    static String describe(int codePoint) {
        String name = Character.getName(codePoint);
        return String.format("U+%04X", codePoint) + (name == null ? "" : " " + name);
    }

    /**
     * A zero-width joiner between emoji (as in 👩‍💻), or either joiner between two letters of a
     * script whose spelling uses it (Persian نیک‌نام, Hindi): there it changes what is drawn.
     */
    private static boolean isVisibleJoiner(int[] codePoints, int at) {
        int c = codePoints[at];
        if (c != ZERO_WIDTH_NON_JOINER && c != ZERO_WIDTH_JOINER || at == 0 || at == codePoints.length - 1) {
            return false;
        }
        int before = codePoints[at - 1];
        int after = codePoints[at + 1];
        if (c == ZERO_WIDTH_JOINER && isEmojiPart(before) && Character.getType(after) == Character.OTHER_SYMBOL) {
            return true;
        }
        int base = at - 1;
        while (base > 0 && isMark(codePoints[base])) {
            base--;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoints[base]);
        return JOINING_SCRIPTS.contains(script) && Character.isLetter(codePoints[base]) && Character.isLetter(after)
                && Character.UnicodeScript.of(after) == script;
    }

    /** What an emoji ends with before a joiner: the symbol, a skin-tone modifier or the emoji presentation selector. */
    private static boolean isEmojiPart(int c) {
        int type = Character.getType(c);
        return type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL || c == EMOJI_PRESENTATION;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
