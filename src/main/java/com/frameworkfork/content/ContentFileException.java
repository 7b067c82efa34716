package com.frameworkfork.content;

/** A shipped content file is invalid: the site refuses to start and says where. */
public class ContentFileException extends RuntimeException {

    private final String file;
    private final int line;

    public ContentFileException(String file, int line, String problem) {
        super(file + (line > 0 ? ", line " + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
