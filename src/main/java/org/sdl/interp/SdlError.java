package org.sdl.interp;

import org.sdl.lang.SourceSpan;

/**
 * A user error: message plus Stata return code, and the script position once known. Rendered as
 * {@code file:line: message} then {@code r(code);}.
 */
public class SdlError extends RuntimeException {
    private final int code;
    private SourceSpan span;

    public SdlError(int code, String message) {
        super(message);
        this.code = code;
    }

    public SdlError(int code, String message, SourceSpan span) {
        super(message);
        this.code = code;
        this.span = span;
    }

    public int code() {
        return code;
    }

    public SourceSpan span() {
        return span;
    }

    /** Adds the position if the thrower did not know it. */
    public SdlError at(SourceSpan where) {
        if (span == null) {
            span = where;
        }
        return this;
    }

    public static SdlError syntax(String message) {
        return new SdlError(198, message);
    }
}
