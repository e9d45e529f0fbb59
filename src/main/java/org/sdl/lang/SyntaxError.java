package org.sdl.lang;

/**
 * A command that does not parse. Keeps the bare message apart from its position so the renderer
 * can print "file:line: message", the source line and a caret (Trino's ParsingException).
 */
public final class SyntaxError extends RuntimeException {
    private final SourceSpan span;
    private final String sourceText;
    private final int code;
    private final int offset;

    public SyntaxError(String message, SourceSpan span, String sourceText, int code, int offset) {
        super(message);
        this.span = span;
        this.sourceText = sourceText;
        this.code = code;
        this.offset = offset;
    }

    public SyntaxError(String message, SourceSpan span, String sourceText, int code) {
        this(message, span, sourceText, code, -1);
    }

    public SyntaxError(String message, SourceSpan span, String sourceText) {
        this(message, span, sourceText, 198, -1);
    }

    /** Offset of the offending character in sourceText, or -1. */
    public int offset() {
        return offset;
    }

    public SourceSpan span() {
        return span;
    }

    /** The physical line the error is on (for the caret display), or null. */
    public String sourceText() {
        return sourceText;
    }

    public int code() {
        return code;
    }
}
