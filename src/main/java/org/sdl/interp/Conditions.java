package org.sdl.interp;

import org.sdl.interp.expr.ExprCompiler;
import org.sdl.interp.expr.Value;
import org.sdl.lang.Parser;
import org.sdl.lang.SourceLine;

/** Evaluates the condition of an {@code if exp {} } command (not the if qualifier). */
final class Conditions {
    private Conditions() {}

    static boolean holds(Interpreter interp, SourceLine header, Frame frame) {
        String t = interp.expand(header, frame).strip();
        if (t.startsWith("if")) {
            t = t.substring(2);
        }
        t = t.strip();
        if (t.endsWith("{")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.isEmpty()) {
            throw new SdlError(198, "if: condition required");
        }
        Value v = ExprCompiler.evaluate(Parser.expression(header.withText(t)), interp.session());
        if (v.isString()) {
            throw new SdlError(109, "type mismatch: if condition must be numeric");
        }
        return v.number() != 0;
    }
}
