package com.frameworkfork.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;

import jakarta.servlet.ServletResponse;

/**
 * What Thymeleaf writes a page into, for {@link PageView}: the characters go into one array, without
 * the lock a {@code PrintWriter} takes on every write and without the response's wrappers, which a
 * template's thousands of small writes would each go through. A page is held whole, so that a template
 * that fails half-way has written nothing and the reader gets the error page instead of half a page,
 * in an array as long as the longest page of its kind so far, which it seldom outgrows; Thymeleaf's
 * own buffer starts at a kilobyte, doubles its way up to the page's length and is copied once more
 * when it is written, which was a fifth of what an uncached page allocated. A large page instead
 * passes on each array's worth as it fills, so it is written as it renders in chunks of that size.
 * <p>
 * Hand-written because every writer the JDK and the libraries here offer to a servlet is either a
 * synchronized {@code PrintWriter} or a {@code StringBuilder} that is copied again to be written.
 */
final class PageWriter extends PrintWriter {

    /** Where a chunked page goes; asked for its writer only when the first chunk is passed on. */
    private final ServletResponse passOnWhenFull;
    private char[] buffer;
    private int length;

    private PageWriter(int capacity, ServletResponse passOnWhenFull) {
        super(Writer.nullWriter());
        this.buffer = new char[capacity];
        this.passOnWhenFull = passOnWhenFull;
    }

    /** Holds a whole page, starting with room for {@code expectedLength} characters. */
    static PageWriter wholePage(int expectedLength) {
        return new PageWriter(expectedLength, null);
    }

    /**
     * Passes the page on to {@code response} in chunks of {@code chunkLength} characters as it is
     * written. The response's writer is taken at the first chunk, once the view has set the page's
     * content type: taken before, it would write in the container's default encoding.
     */
    static PageWriter chunked(ServletResponse response, int chunkLength) {
        return new PageWriter(chunkLength, response);
    }

    /** The characters held now: for a whole page, its length. */
    int length() {
        return length;
    }

    /** Writes what is held to {@code target} in one call and empties the buffer. */
    void writeTo(Writer target) throws IOException {
        target.write(buffer, 0, length);
        length = 0;
    }

    @Override
    public void write(int c) {
        room(1);
        buffer[length++] = (char) c;
    }

    @Override
    public void write(char[] chars, int offset, int count) {
        if (passesOnStraight(count)) {
            unchecked(() -> passOnWhenFull.getWriter().write(chars, offset, count));
            return;
        }
        room(count);
        System.arraycopy(chars, offset, buffer, length, count);
        length += count;
    }

    @Override
    public void write(char[] chars) {
        write(chars, 0, chars.length);
    }

    @Override
    public void write(String text, int offset, int count) {
        if (passesOnStraight(count)) {
            unchecked(() -> passOnWhenFull.getWriter().write(text, offset, count));
            return;
        }
        room(count);
        text.getChars(offset, offset + count, buffer, length);
        length += count;
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public void println() {
        write(System.lineSeparator());
    }

    /** Passes on what a chunked page holds; a whole page is written only once it has rendered. */
    @Override
    public void flush() {
        if (passOnWhenFull != null) {
            unchecked(() -> writeTo(passOnWhenFull.getWriter()));
        }
    }

    @Override
    public void close() {
        flush();
    }

    @Override
    public boolean checkError() {
        return false;
    }

    private void room(int count) {
        if (length + count <= buffer.length) {
            return;
        }
        if (passOnWhenFull != null) {
            flush();
        } else {
            buffer = Arrays.copyOf(buffer, Math.max(length + count, buffer.length * 2));
        }
    }

    /** A chunked page's write of a chunk or more goes through at once, after what is held. */
    private boolean passesOnStraight(int count) {
        if (passOnWhenFull == null || count < buffer.length) {
            return false;
        }
        flush();
        return true;
    }

    private interface Write {
        void run() throws IOException;
    }

    private static void unchecked(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
