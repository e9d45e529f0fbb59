package org.sdl.lang;

/** A 1-based position in an original source file; column 0 means "whole line". */
public record SourceSpan(String file, int line, int column) {
    public SourceSpan {
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    public static SourceSpan of(String file, int line) {
        return new SourceSpan(file, line, 0);
    }

    public SourceSpan withColumn(int col) {
        return new SourceSpan(file, line, col);
    }

    /** "file:line" as error messages print it. */
    public String where() {
        return file + ":" + line;
    }
}
