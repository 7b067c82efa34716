package com.frameworkfork.web.cache;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A rendered public page kept for re-use: its headers and its body cut at the one place that
 * differs between readers, the CSRF token in its forms.
 */
final class CachedPage {

    private final Map<String, List<String>> headers;
    private final List<byte[]> segments;
    private final long expiresAtNanos;
    private final AtomicBoolean refreshing = new AtomicBoolean();

    private CachedPage(Map<String, List<String>> headers, List<byte[]> segments, long expiresAtNanos) {
        this.headers = headers;
        this.segments = segments;
        this.expiresAtNanos = expiresAtNanos;
    }

    /** Splits the body wherever the token of the rendering request appears; null token means no forms. */
    static CachedPage of(Map<String, List<String>> headers, String body, String csrfToken, long expiresAtNanos) {
        List<byte[]> segments = new ArrayList<>();
        if (csrfToken == null || csrfToken.isEmpty()) {
            segments.add(body.getBytes(StandardCharsets.UTF_8));
        } else {
            int from = 0;
            for (int at = body.indexOf(csrfToken); at >= 0; at = body.indexOf(csrfToken, from)) {
                segments.add(body.substring(from, at).getBytes(StandardCharsets.UTF_8));
                from = at + csrfToken.length();
            }
            segments.add(body.substring(from).getBytes(StandardCharsets.UTF_8));
        }
        return new CachedPage(Map.copyOf(headers), List.copyOf(segments), expiresAtNanos);
    }

    Map<String, List<String>> headers() {
        return headers;
    }

    boolean needsCsrfToken() {
        return segments.size() > 1;
    }

    /** The bytes this copy holds, for the cache's bound on memory. */
    int size() {
        int size = 0;
        for (byte[] segment : segments) {
            size += segment.length;
        }
        return size;
    }

    /** The length in bytes of the body with a token of this length in every form. */
    int length(byte[] csrfToken) {
        return size() + csrfToken.length * (segments.size() - 1);
    }

    /** Writes the body with the given token in every form, without assembling a copy of it first. */
    void writeTo(OutputStream out, byte[] csrfToken) throws IOException {
        for (int i = 0; i < segments.size(); i++) {
            if (i > 0) {
                out.write(csrfToken);
            }
            out.write(segments.get(i));
        }
    }

    boolean isFresh(long nowNanos) {
        return nowNanos - expiresAtNanos < 0;
    }

    /** True for one caller at a time once the page has expired: that request renders it afresh. */
    boolean claimRefresh() {
        return refreshing.compareAndSet(false, true);
    }

    /** The claimed refresh did not produce a page to keep: the next reader tries again. */
    void releaseRefresh() {
        refreshing.set(false);
    }
}
