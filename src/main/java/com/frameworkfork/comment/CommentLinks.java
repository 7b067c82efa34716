package com.frameworkfork.comment;

import java.util.EnumSet;
import java.util.regex.Pattern;

import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkType;

/**
 * Whether a comment holds a link: an address with a scheme ({@code https://…}, any {@code x://}) or
 * starting {@code www.}, found by autolink, or a bare domain such as {@code cheap-pills.com} or the
 * domain of an e-mail address. No library finds bare domains, so that rule is written here: a name,
 * a dot and one of the endings spam uses most, in lowercase ("ASP.NET" is a framework, not an address).
 * Endings that are also file types or Python names in everyday developer talk are left out ({@code .py},
 * {@code .info} as in {@code logger.info}, {@code .site} as in {@code admin.site}, {@code .to} as in
 * {@code tensor.to}, {@code .link}, {@code .top}, {@code .app}, {@code .in}, {@code .md}, {@code .sh}),
 * and version numbers ("Django 6.0") and abbreviations ("e.g.") end in no such word.
 */
final class CommentLinks {

    private static final LinkExtractor ADDRESSES = LinkExtractor.builder()
            .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW))
            .build();

    private static final Pattern BARE_DOMAIN = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)+"
                    + "(?:com|net|org|io|co|me|ly|biz|xyz|online|shop|club|icu|vip|"
                    + "ru|su|cn|de|uk|fr|nl|eu|us|ca|au|br|jp|kr|it|es|ua|tk|ml|ga|cf|gq|pw|cc|ws|tv)"
                    + "(?![\\p{L}\\p{N}_-])");

    private CommentLinks() {
    }

    static boolean contain(String text) {
        return ADDRESSES.extractLinks(text).iterator().hasNext() || BARE_DOMAIN.matcher(text).find();
    }
}
