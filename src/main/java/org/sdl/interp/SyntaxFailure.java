package org.sdl.interp;

import org.sdl.lang.SyntaxError;

/** A syntax error surfacing at run time (r(198)), keeping the parser's position for the caret. */
public final class SyntaxFailure extends SdlError {
    private final SyntaxError cause;

    public SyntaxFailure(SyntaxError cause) {
        super(cause.code(), cause.getMessage(), cause.span());
        this.cause = cause;
    }

    public SyntaxError syntaxError() {
        return cause;
    }
}
